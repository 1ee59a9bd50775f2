import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import type { ApplicationView } from '../../../../../shared/contract/applications';
import { Field } from '../../../../components/field';
import { ThemedPage } from '../../../../components/themed-page';
import { toServiceError } from '../../../../services/errors';
import { StepBar } from '../../components/step-bar';
import { ReturnNotice } from '../../components/return-notice';
import { TextBox } from '../../../../components/text-box';
import { keepRequestIdAfter, requestIdFor } from '../../../../models/request-id';
import { officeDetails } from '../../../../../shared/applications/offices';
import { expectedSigner, signatureProblems } from '../../model/commitment';
import { boxOfPath } from '../../model/content';
import { detailUrl, STEP_URL } from '../../model/routes';
import { detailRows } from '../../model/status';
import { ReimbursementMoneyCard } from '../../components/reimbursement-money';
import { reimbursementMoney } from '../../model/payee';
import { backOrRedirect } from '../../../../services/nav';
import { getApplication, submitApplication } from '../../../../services/applications';
import { clearDraft, loadDraft, useApplyDraft } from '../../services/draft-store';
import '../../apply.css';
import './index.css';

/**
 * Step 5: the full text of the form that applies (委托代理人承诺书 when an agent files, 个人承诺书 otherwise), the
 * signer's typed name, an explicit accept, and the submission — with one request id per attempt, reused on retry.
 */
export default function CommitPage() {
  const [draft, update] = useApplyDraft();
  const [view, setView] = useState<ApplicationView | null>(null);
  const [loadError, setLoadError] = useState('');
  const [problems, setProblems] = useState<{ signer?: string; accept?: string }>({});
  const [banner, setBanner] = useState('');
  const [uncertain, setUncertain] = useState(false);
  const [backToForm, setBackToForm] = useState(false);
  const [busy, setBusy] = useState(false);

  const load = async () => {
    const id = loadDraft().serverId;
    if (!id) return;
    setLoadError('');
    try {
      setView(await getApplication(id));
    } catch (e) {
      setLoadError(toServiceError(e).message);
    }
  };

  useDidShow(() => void load());

  const submit = async () => {
    if (busy || !view) return;
    const found = signatureProblems(view, draft.signerName, draft.accepted);
    setProblems(found);
    if (found.signer || found.accept) return;
    setBanner('');
    setBackToForm(false);
    // Saved before the call: if the answer is lost and the app closes, the retry still sends the same id.
    const requestId = requestIdFor(draft.requestId);
    update((d) => ({ ...d, requestId, accepted: true }));
    setBusy(true);
    try {
      const done = await submitApplication({ requestId, id: view.id, commitment: { accepted: true, signerName: draft.signerName.trim() } });
      clearDraft();
      Taro.redirectTo({ url: `${detailUrl(done.id)}&submitted=1` });
    } catch (e) {
      const err = toServiceError(e);
      if (keepRequestIdAfter(err)) {
        setUncertain(true);
        setBanner('网络不稳定，还不确定是否已经提交成功。请点“再次提交”：同一份申请不会重复提交。');
      } else {
        update((d) => ({ ...d, requestId: '', accepted: true }));
        setUncertain(false);
        if (err.field === 'commitment.signerName') setProblems({ signer: err.reason ?? err.message });
        else setBanner(err.message);
        setBackToForm(Boolean(boxOfPath(err.field)));
      }
    } finally {
      setBusy(false);
    }
  };

  if (!draft.serverId) {
    return (
      <ThemedPage id='apply-commit' className='apply-commit'>
        <View className='card'>
          <Text className='card-title'>请先填写申请</Text>
          <View id='commit-back' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={() => backOrRedirect(STEP_URL.form)}>
            去填写
          </View>
        </View>
      </ThemedPage>
    );
  }

  const signer = view ? expectedSigner(view) : null;

  return (
    <ThemedPage id='apply-commit' className='apply-commit'>
      <StepBar id='commit-step' step={5} />
      <ReturnNotice id='commit-return' view={view} />
      {loadError ? (
        <Text id='commit-load-error' className='banner-error'>
          {loadError}
        </Text>
      ) : null}
      {!view && !loadError ? <Text className='muted'>正在读取承诺书…</Text> : null}
      {view ? (
        <View>
          <View id='commit-summary' className='card'>
            <Text className='card-title'>您要提交的内容</Text>
            {detailRows(view).map((row) => (
              <View key={row.label} className='apply-summary-row'>
                <Text className='apply-summary-label'>{row.label}</Text>
                <Text className='apply-summary-value'>{row.value}</Text>
              </View>
            ))}
            {view.missingMaterials.length > 0 ? (
              <Text id='commit-missing' className='apply-note commit-missing'>
                还没上传：{view.missingMaterials.join('；')}。可以先提交，经办机构可能退回让您补上。
              </Text>
            ) : null}
          </View>

          {reimbursementMoney(view) ? <ReimbursementMoneyCard id='commit-money' money={reimbursementMoney(view)!} /> : null}
          <View id='commit-form' className='card'>
            <Text id='commit-title' className='commit-title'>
              {view.commitment.title}
            </Text>
            <View id='commit-text' className='commit-text'>
              {view.commitment.paragraphs.map((p, i) => (
                <Text key={i} className='commit-para'>
                  {p}
                </Text>
              ))}
            </View>
            <Text id='commit-signer-line' className='commit-para commit-signer-line'>
              {view.commitment.signerLine}
            </Text>
            <Text className='apply-note'>依据：{view.commitment.source}</Text>
            {view.office && officeDetails(view.office)?.commitmentNote ? (
              <Text id='commit-office-note' className='apply-note'>
                {officeDetails(view.office)!.commitmentNote}
              </Text>
            ) : null}
          </View>

          <View className='card'>
            <Field
              id='field-signer-name'
              label={`${view.commitment.signerLabel}签名`}
              help={signer ? `请${signer.role}${signer.name}本人输入自己的姓名。` : undefined}
              error={problems.signer}
            >
              <TextBox
                id='signer-name'
                value={draft.signerName}
                maxlength={30}
                onChange={(signerName) => {
                  setProblems((p) => ({ ...p, signer: undefined }));
                  update((d) => ({ ...d, signerName }));
                }}
              />
            </Field>
            <View
              id='commit-accept'
              className={`check-row ${draft.accepted ? 'check-row--on' : ''}`}
              hoverClass='btn-hover'
              ariaRole='checkbox'
              ariaLabel={`我已阅读并同意以上承诺${draft.accepted ? '，已勾选' : '，未勾选'}`}
              onClick={() => {
                setProblems((p) => ({ ...p, accept: undefined }));
                update((d) => ({ ...d, accepted: !d.accepted }));
              }}
            >
              <View className='check-box'>{draft.accepted ? '✓' : ''}</View>
              <Text>我已阅读并同意以上承诺</Text>
            </View>
            {problems.accept ? (
              <Text id='commit-accept-error' className='error-text'>
                {problems.accept}
              </Text>
            ) : null}
          </View>
        </View>
      ) : null}

      {banner ? (
        <Text id='commit-banner' className='banner-error'>
          {banner}
        </Text>
      ) : null}

      <View className='apply-actions'>
        <View id='commit-submit' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={() => void submit()}>
          {busy ? '正在提交…' : uncertain ? '再次提交' : '提交申请'}
        </View>
        {backToForm ? (
          <View id='commit-fix' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={() => backOrRedirect(STEP_URL.form)}>
            回去修改
          </View>
        ) : null}
      </View>
    </ThemedPage>
  );
}
