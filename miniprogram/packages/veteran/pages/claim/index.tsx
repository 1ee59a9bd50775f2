import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FamilyMemberView } from '../../../../../shared/contract/family';
import type { ApplicationView } from '../../../../../shared/contract/applications';
import type { SubsidyStatusView } from '../../../../../shared/contract/veteran';
import { yuan } from '../../../../../shared/money';
import { citationText } from '../../../../../shared/source';
import { ChoiceGroup } from '../../../../components/choice-group';
import { Field } from '../../../../components/field';
import { ThemedPage } from '../../../../components/themed-page';
import { toServiceError } from '../../../../services/errors';
import { DateBoxes } from '../../../../components/date-boxes';
import { TextBox } from '../../../../components/text-box';
import { imageProblem, LIMITS_TEXT } from '../../../../models/materials';
import { listFamily } from '../../../../services/applications';
import { loadMe, saveMe } from '../../../../services/me-store';
import { choosePhoto } from '../../../../services/image';
import { backOrRedirect } from '../../../../services/nav';
import {
  besideBox,
  boxOfEstimateField,
  boxOfField,
  changeClaim,
  claimFormOf,
  estimateCard,
  estimateRequest,
  hasErrors,
  refusalOf,
  signerRole,
  submitErrors,
  type Box,
  type ClaimDraft,
  type ClaimErrors,
  type EstimateCard as Estimate,
} from '../../model/claim';
import { detailUrl, statusUrl } from '../../model/routes';
import { identityUrl } from '../../../../models/routes';
import { personLine } from '../../model/status';
import { parseWhose, SELF, whoseRequest } from '../../model/whose';
import { fileClaim } from '../../services/file-claim';
import { clearClaim, loadClaim, saveClaim } from '../../services/store';
import { fetchClaimEstimate, fetchStatus } from '../../services/subsidy';
import { EstimateCard } from './components/estimate-card';
import { ExclusionQuestion } from './components/exclusion-question';
import { PhotoBox } from './components/photo-box';
import '../../veteran.css';
import './index.css';

/** The boxes whose change makes an estimate out of date. */
const FIGURE_KEYS: (keyof ClaimDraft)[] = ['hospital', 'admission', 'discharge', 'totalCost', 'inScopeSelfPay', 'outOfScope', 'personalAccountPaid', 'exclusions'];

function startingClaim(whose: string): ClaimDraft {
  const d = loadClaim(whose);
  if (d.me.name || d.me.idNumber || d.me.phone) return d;
  const me = loadMe();
  return { ...d, me: { name: me.name, idNumber: me.idNumber, phone: me.phone } };
}

/**
 * 申请非一站式住院补助 (000 第六条): the 医保结算单's figures of a 县外 住院, 第十一条's questions, the estimate before
 * filing, the 结算单 photo, the 细则's 第十条/第十一条 accepted, and the claim submitted through the applications flow.
 */
export default function VeteranClaimPage() {
  const router = useRouter();
  const whose = parseWhose(router.params.member ?? '');
  const [draft, setDraft] = useState<ClaimDraft>(() => startingClaim(whose));
  const draftRef = useRef(draft);
  const [status, setStatus] = useState<SubsidyStatusView | null>(null);
  const [statusError, setStatusError] = useState('');
  const [needsVerify, setNeedsVerify] = useState(false);
  const [member, setMember] = useState<FamilyMemberView | null>(null);
  const [errors, setErrors] = useState<ClaimErrors>({});
  const [estimate, setEstimate] = useState<Estimate | null>(null);
  const [estimating, setEstimating] = useState(false);
  // The chosen photo: its base64 stays here for the upload; only its temp file path is rendered (setData's 1 MB limit).
  const [photo, setPhoto] = useState<{ base64: string; path: string } | null>(null);
  const [photoBusy, setPhotoBusy] = useState(false);
  const [photoError, setPhotoError] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [done, setDone] = useState<ApplicationView | null>(null);
  // The claim's questions, 结算单 forms and articles are the veteran's region's: known once the status says it.
  const region = status?.veteran.region;
  const form = useMemo(() => claimFormOf(region), [region]);

  const keep = (next: ClaimDraft) => {
    draftRef.current = next;
    saveClaim(next);
    setDraft(next);
  };

  const update = (patch: Partial<ClaimDraft>, boxes: Box[] = []) => {
    keep(changeClaim(draftRef.current, patch));
    if (boxes.length > 0 || errors.banner) {
      setErrors((e) => {
        const next = { ...e };
        for (const b of boxes) delete next[b];
        delete next.banner;
        return next;
      });
    }
    if (Object.keys(patch).some((k) => FIGURE_KEYS.includes(k as keyof ClaimDraft))) setEstimate(null);
  };

  const loadStatus = async () => {
    setStatusError('');
    try {
      const view = await fetchStatus(whoseRequest(whose));
      setStatus(view);
      // Filing for oneself, the name is the roster's: fill it in when nothing was typed.
      if (whose === SELF && !draftRef.current.me.name) keep({ ...draftRef.current, me: { ...draftRef.current.me, name: view.veteran.name } });
    } catch (e) {
      const err = toServiceError(e);
      setStatusError(err.message);
      setNeedsVerify(err.code === 'NEEDS_VERIFICATION');
    }
    if (whose !== SELF) {
      const list = await listFamily().catch(() => [] as FamilyMemberView[]);
      setMember(list.find((m) => m.id === whose) ?? null);
    }
  };

  useEffect(() => {
    void loadStatus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read once when the page opens; loadStatus is remade every render
  }, []);

  const scrollTo = (found: ClaimErrors) => {
    const first = (Object.keys(found) as (Box | 'banner')[]).find((k) => k !== 'banner' && found[k]);
    if (first) Taro.pageScrollTo({ selector: `#field-claim-${first}`, duration: 200 }).catch(() => undefined);
  };

  const runEstimate = async () => {
    const checked = estimateRequest(draftRef.current);
    if (!checked.ok) {
      setErrors(checked.errors);
      scrollTo(checked.errors);
      return;
    }
    setEstimating(true);
    try {
      setEstimate(estimateCard(await fetchClaimEstimate(checked.request)));
      setErrors({});
    } catch (e) {
      const err = toServiceError(e);
      const box = boxOfEstimateField(err.field);
      setErrors(box ? { [box]: besideBox(err.message) } : { banner: err.message });
    } finally {
      setEstimating(false);
    }
  };

  const pickPhoto = async () => {
    setPhotoError('');
    setPhotoBusy(true);
    try {
      const image = await choosePhoto();
      if (!image) return;
      const problem = imageProblem(image.base64, image.size);
      if (problem) throw new Error(problem);
      setPhoto({ base64: image.base64, path: image.path });
      // A new photo is uploaded with the claim even when an earlier one was.
      keep({ ...draftRef.current, photoUploaded: false });
    } catch (e) {
      setPhotoError(e instanceof Error && !('code' in e) ? e.message : toServiceError(e).message);
    } finally {
      setPhotoBusy(false);
    }
  };

  const submit = async () => {
    if (submitting || !form) return;
    const found = submitErrors(
      draftRef.current,
      { veteranName: status?.veteran.name ?? null, needsPrincipalPhone: whose !== SELF && !member?.phoneMasked },
      form,
    );
    if (hasErrors(found)) {
      setErrors(found);
      scrollTo(found);
      return;
    }
    setSubmitting(true);
    setErrors({});
    try {
      const view = await fileClaim(draftRef.current, photo ? { path: photo.path, item: form.sheetItem } : null, keep);
      const me = draftRef.current.me;
      saveMe({ name: me.name.trim(), idNumber: me.idNumber.trim().toUpperCase(), phone: me.phone.trim() });
      clearClaim();
      setDone(view);
      Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
    } catch (e) {
      const err = toServiceError(e);
      const box = boxOfField(err.field, whose);
      setErrors(box ? { [box]: besideBox(err.message), banner: err.message } : { banner: err.message });
      if (box) scrollTo({ [box]: err.message });
    } finally {
      setSubmitting(false);
    }
  };

  const back = () => backOrRedirect(statusUrl(whose));

  if (done) return <Done view={done} onBack={back} />;

  if (statusError && !status) {
    return (
      <ThemedPage id='veteran-claim' className='veteran-claim'>
        <View className='card'>
          <Text id='claim-status-error' className='banner-error'>
            {statusError}
          </Text>
          <View className='btn-row'>
            <View className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={back}>
              返回
            </View>
            {needsVerify ? (
              <View
                id='claim-verify-go'
                className='btn btn-primary'
                hoverClass='btn-hover'
                ariaRole='button'
                onClick={() => Taro.navigateTo({ url: identityUrl(whose === SELF ? undefined : whose) })}
              >
                去核验
              </View>
            ) : (
              <View id='claim-retry' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={() => void loadStatus()}>
                再试一次
              </View>
            )}
          </View>
        </View>
      </ThemedPage>
    );
  }

  const refusal = form ? refusalOf(draft, form) : null;
  const questions = form?.questions ?? [];
  const error = (box: Box) => errors[box];
  const mine = whose === SELF ? '您' : '您（代办人）';
  const principalName = status?.veteran.name ?? member?.name ?? '优抚对象';
  const errorCount = (Object.keys(errors) as (Box | 'banner')[]).filter((k) => k !== 'banner' && errors[k]).length;

  return (
    <ThemedPage id='veteran-claim' className='veteran-claim'>
      <View className='card'>
        <Text className='vet-title'>县外住院（非一站式）补助申请</Text>
        {status ? (
          <View id='claim-who'>
            <Text id='claim-who-line' className='vet-line claim-who'>
              {whose === SELF ? '为自己申请：' : `为家人代办：`}
              {personLine(status.veteran)}
            </Text>
            {status.inpatient.remainingCap !== null ? (
              <Text id='claim-who-cap' className='vet-line'>
                {status.year} 年已补助 {yuan(status.inpatient.paid)}，还可补助 {yuan(status.inpatient.remainingCap)}。
              </Text>
            ) : null}
          </View>
        ) : (
          <Text className='muted'>正在查询…</Text>
        )}
        {form ? (
          <Text className='vet-note'>
            在县外住院、出院时没有直接减免的，凭医保结算单申请补助：每年 7 月和 12 月由所在乡（镇）退役军人服务站审核登记，报县退役军人事务局审批拨付（依据：{form.procedureSource}）。
          </Text>
        ) : null}
      </View>

      <View className='card'>
        <Text className='card-title'>第 1 步：住院情况</Text>
        <Field id='field-claim-hospital' label='住院的医院（县外）' help='照医保结算单上的医疗机构名称填写。' error={error('hospital')}>
          <TextBox id='claim-hospital' value={draft.hospital} maxlength={60} onChange={(hospital) => update({ hospital }, ['hospital'])} />
        </Field>
        <Field id='field-claim-admission' label='入院日期' error={error('admission')}>
          <DateBoxes id='claim-admission' value={draft.admission} onChange={(admission) => update({ admission }, ['admission', 'discharge'])} />
        </Field>
        <Field id='field-claim-discharge' label='出院结算日期' help='补助算在出院那一年。' error={error('discharge')}>
          <DateBoxes id='claim-discharge' value={draft.discharge} onChange={(discharge) => update({ discharge }, ['discharge'])} />
        </Field>
      </View>

      <View className='card'>
        <Text className='card-title'>第 2 步：医保结算单上的金额</Text>
        <Field
          id='field-claim-in-scope'
          label='医保、大病保险、医疗救助都报销后，剩下的合规部分'
          help='结算单上“个人自付”里属于医保政策范围内的那部分（不含目录外的自费）。补助按这个数的 95% 算。'
          error={error('in-scope')}
        >
          <TextBox id='claim-in-scope' kind='amount' unit='元' value={draft.inScopeSelfPay} maxlength={12} onChange={(inScopeSelfPay) => update({ inScopeSelfPay }, ['in-scope'])} />
        </Field>
        <Field id='field-claim-total-cost' label='医疗总费用（可不填）' help='结算单上的“医疗费总额”。填了可以帮您核对上面的数。' error={error('total-cost')}>
          <TextBox id='claim-total-cost' kind='amount' unit='元' value={draft.totalCost} maxlength={12} onChange={(totalCost) => update({ totalCost }, ['total-cost', 'in-scope'])} />
        </Field>
        <Field id='field-claim-out-of-scope' label='目录外费用 / 个人自费（可不填）' help='医保目录以外、全部自己付的钱，不在补助范围内。' error={error('out-of-scope')}>
          <TextBox id='claim-out-of-scope' kind='amount' unit='元' value={draft.outOfScope} maxlength={12} onChange={(outOfScope) => update({ outOfScope }, ['out-of-scope', 'in-scope'])} />
        </Field>
        <Field id='field-claim-account' label='其中个人医保账户支付的（可不填）' help='用医保个人账户余额付的部分。' error={error('account')}>
          <TextBox
            id='claim-account'
            kind='amount'
            unit='元'
            value={draft.personalAccountPaid}
            maxlength={12}
            onChange={(personalAccountPaid) => update({ personalAccountPaid }, ['account'])}
          />
        </Field>
      </View>

      <View id='claim-exclusions' className='card'>
        <Text className='card-title'>第 3 步：有没有下面这些情况？</Text>
        <Text className='vet-note'>细则第十一条列出的情形，医疗费用不在医疗补助范围内。请逐条回答。</Text>
        {questions.map((q, i) => (
          <ExclusionQuestion
            key={q.id}
            index={i}
            question={q}
            answer={draft.exclusions[q.id]}
            error={error(`exclusion-${q.id}`)}
            onAnswer={(a) => update({ exclusions: { ...draftRef.current.exclusions, [q.id]: a } }, [`exclusion-${q.id}`])}
          />
        ))}
      </View>

      <View className='card'>
        <Text className='card-title'>第 4 步：算一算能补助多少</Text>
        <View id='claim-estimate' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={() => (estimating ? undefined : void runEstimate())}>
          {estimating ? '正在计算…' : estimate ? '重新计算' : '算一算'}
        </View>
        {estimate ? <EstimateCard card={estimate} /> : <Text className='vet-note'>填好上面的金额后点“算一算”，提交前就能看到补助多少。</Text>}
      </View>

      {refusal ? (
        <View id='claim-refused' className='card'>
          <Text className='banner-error'>第 3 步第 {questions.indexOf(refusal) + 1} 题回答了“是”：{refusal.refusal}</Text>
        </View>
      ) : (
        <View>
          <View className='card'>
            <Text className='card-title'>第 5 步：申请人信息</Text>
            {whose !== SELF ? (
              <Text id='claim-agent-line' className='vet-line'>
                您作为近亲属，为{principalName}代办。{principalName}的姓名和身份证号用保存的家人信息。
              </Text>
            ) : null}
            <Field id='field-claim-me-name' label={`${mine}的姓名`} error={error('me-name')}>
              <TextBox id='claim-me-name' value={draft.me.name} maxlength={30} onChange={(name) => update({ me: { ...draftRef.current.me, name } }, ['me-name', 'signer'])} />
            </Field>
            <Field id='field-claim-me-id' label={`${mine}的身份证号`} help='18 位，最后一位可能是 X。' error={error('me-id')}>
              <TextBox id='claim-me-id' kind='idcard' value={draft.me.idNumber} maxlength={18} onChange={(idNumber) => update({ me: { ...draftRef.current.me, idNumber } }, ['me-id'])} />
            </Field>
            <Field id='field-claim-me-phone' label={`${mine}的手机号`} error={error('me-phone')}>
              <TextBox id='claim-me-phone' kind='phone' value={draft.me.phone} maxlength={11} onChange={(phone) => update({ me: { ...draftRef.current.me, phone } }, ['me-phone'])} />
            </Field>
            {whose !== SELF && !member?.phoneMasked ? (
              <Field id='field-claim-principal-phone' label={`${principalName}的手机号`} help='申请要留优抚对象本人的联系电话。' error={error('principal-phone')}>
                <TextBox id='claim-principal-phone' kind='phone' value={draft.principalPhone} maxlength={11} onChange={(principalPhone) => update({ principalPhone }, ['principal-phone'])} />
              </Field>
            ) : null}
          </View>

          <View className='card'>
            <Text className='card-title'>第 6 步：医保结算单</Text>
            <Field id='field-claim-sheet' label='您交给服务站的是' error={error('sheet')}>
              <ChoiceGroup id='claim-sheet' options={form?.sheetChoices ?? []} selected={draft.settlementSheet ? [draft.settlementSheet] : []} onChange={([settlementSheet]) => update({ settlementSheet }, ['sheet'])} />
            </Field>
            {form ? <Text className='vet-note'>细则原文：“优抚对象凭医疗机构医保结算单原件或复印件加盖医疗机构印章”（依据：{form.procedureSource}）</Text> : null}
            <Text className='vet-subtitle'>结算单照片</Text>
            <Text className='vet-note'>{LIMITS_TEXT} 没有照片也可以先提交，办理时把结算单交到服务站。</Text>
            <PhotoBox previewPath={photo?.path ?? null} uploaded={draft.photoUploaded} busy={photoBusy} error={photoError} onChoose={() => void pickPhoto()} />
          </View>

          <View id='claim-commitment' className='card'>
            <Text className='card-title'>第 7 步：阅读并同意</Text>
            {form ? (
              <>
                <Text className='vet-line'>《{form.declaration.title}》</Text>
                <View className='claim-declaration'>
                  {form.declaration.paragraphs.map((p) => (
                    <Text key={p} className='vet-line'>
                      {p}
                    </Text>
                  ))}
                </View>
                <Text className='vet-source'>依据：{citationText(form.declaration.source)}</Text>
              </>
            ) : null}
            <Field id='field-claim-signer' label={`签名：请${signerRole(whose)}输入自己的姓名`} error={error('signer')}>
              <TextBox id='claim-signer' value={draft.signerName} maxlength={30} onChange={(signerName) => update({ signerName }, ['signer'])} />
            </Field>
            <Field id='field-claim-accept' label='确认' error={error('accept')}>
              <View
                id='claim-accept'
                className={`claim-accept ${draft.accepted ? 'claim-accept--on' : ''}`}
                hoverClass='btn-hover'
                ariaRole='checkbox'
                aria-checked={draft.accepted ? 'true' : 'false'}
                ariaLabel={`我已阅读以上条文，如实填写${draft.accepted ? '，已勾选' : '，未勾选'}`}
                onClick={() => update({ accepted: !draftRef.current.accepted }, ['accept'])}
              >
                <View className='claim-accept-mark'>{draft.accepted ? '✓' : ''}</View>
                <Text>我已阅读以上条文，所填信息真实，医保结算单如实提供</Text>
              </View>
            </Field>
          </View>

          {estimate && !estimate.refused ? (
            <Text id='claim-submit-estimate' className='vet-ok'>
              {estimate.headline}，提交后由乡（镇）退役军人服务站审核。
            </Text>
          ) : null}
          {errors.banner ? (
            <Text id='claim-error' className='banner-error'>
              {errors.banner}
            </Text>
          ) : errorCount > 0 ? (
            <Text id='claim-error' className='banner-error'>
              有 {errorCount} 处需要填写或修改，见上面的红字。
            </Text>
          ) : null}
          <View className='vet-actions'>
            <View id='claim-submit' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={() => void submit()}>
              {submitting ? '正在提交…' : '提交申请'}
            </View>
            <Text className='vet-note'>填写的内容会自动保存在这台手机上，没填完可以下次接着填。</Text>
          </View>
        </View>
      )}
    </ThemedPage>
  );
}

function Done({ view, onBack }: { view: ApplicationView; onBack: () => void }) {
  const e = view.veteranSubsidy?.estimate ?? null;
  return (
    <ThemedPage id='veteran-claim' className='veteran-claim'>
      <View id='claim-done' className='card'>
        <Text className='vet-title'>申请已提交</Text>
        <Text id='claim-done-status' className='vet-figure vet-figure--pending'>
          {view.statusLabel}
        </Text>
        {e ? (
          <Text id='claim-done-amount' className='vet-line'>
            按提交时的台账测算，预计补助 {yuan(e.subsidy)}（{e.subsidyUppercase}），以县退役军人事务局审批拨付为准。
          </Text>
        ) : null}
        {e?.windowLabel ? (
          <Text id='claim-done-window' className='vet-line'>
            办理时间：{e.windowLabel}。请带上医保结算单原件（或加盖医疗机构印章的复印件）到所在乡（镇）退役军人服务站，由服务站填写《医疗补助审批表》。
          </Text>
        ) : null}
        <Text className='vet-note'>申请编号 {view.id}</Text>
        <View className='vet-actions'>
          <View id='claim-back' className='btn btn-primary' hoverClass='btn-hover' ariaRole='button' onClick={onBack}>
            回到我的优抚补助
          </View>
          <View id='claim-detail' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={() => Taro.redirectTo({ url: detailUrl(view.id) })}>
            查看申请详情
          </View>
        </View>
      </View>
    </ThemedPage>
  );
}
