import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import type { ApplicationView } from '../../../../../shared/contract/applications';
import { ThemedPage } from '../../../../components/themed-page';
import { toServiceError } from '../../../../services/errors';
import { hasProgress } from '../../model/draft';
import { checklistRows } from '../../../../models/materials';
import { IDENTITY_URL } from '../../../../models/routes';
import { LIST_URL, STEP_URL } from '../../model/routes';
import {
  canEdit,
  canWithdraw,
  chinaTime,
  detailRows,
  draftFromView,
  editLabel,
  filedForMeLine,
  isFiledHere,
  nextStepText,
  numberLine,
  timelineRows,
  toneOf,
} from '../../model/status';
import { cancelFiling, changeFiling, getApplication, withdrawApplication } from '../../../../services/applications';
import {
  CANCEL_CONFIRM_TEXT,
  CHANGE_HINT,
  REASON_MAX,
  canCancelFiling,
  canChangeFiling,
  cancelPayload,
  cancellationText,
  validityLine,
} from '../../model/change-cancel';
import { TextBox } from '../../../../components/text-box';
import { Handling } from '../../components/handling';
import { OfficeLine } from '../../components/office-line';
import { Voucher } from '../../components/voucher';
import { ReimbursementMoneyCard } from '../../components/reimbursement-money';
import { reimbursementMoney } from '../../model/payee';
import { voucherCard } from '../../model/voucher';
import { concernLines } from '../../model/concerns';
import { NotifyMe } from '../../components/notify-me';
import { loadDraft, saveDraft } from '../../services/draft-store';
import { backOrRedirect } from '../../../../services/nav';
import { saveDocument, savedNote } from '../../services/documents';
import type { DocumentKind } from '../../../../../shared/contract/documents';
import '../../apply.css';
import './index.css';

/**
 * One application: its status and what happens next, the reason when staff returned or refused it, the status
 * timeline (the audit trail), and — before acceptance — 修改后重新提交 and 撤回. An accepted 备案 shows its 有效期 with
 * 变更备案 and 取消备案; a cancelled one says when and why. Someone else's id reads "not found".
 */
export default function DetailPage() {
  const router = useRouter();
  const id = router.params.id ?? '';
  const justSubmitted = router.params.submitted === '1';
  const [view, setView] = useState<ApplicationView | null>(null);
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [cancelReason, setCancelReason] = useState('');
  const [actionError, setActionError] = useState('');
  const [busy, setBusy] = useState(false);
  const [needsVerify, setNeedsVerify] = useState(false);
  const [savingDoc, setSavingDoc] = useState<DocumentKind | ''>('');
  const [docNote, setDocNote] = useState<{ kind: DocumentKind; text: string; error: boolean } | null>(null);

  /** 保存承诺书/备案凭证（PDF）: one at a time; the outcome is said beside the button that was tapped. */
  const saveDoc = async (kind: DocumentKind) => {
    if (!view || savingDoc) return;
    setSavingDoc(kind);
    setDocNote(null);
    try {
      setDocNote({ kind, text: savedNote(await saveDocument(view.id, kind)), error: false });
    } catch (e) {
      setDocNote({ kind, text: e instanceof Error ? e.message : '没能保存这份 PDF，请稍后再试', error: true });
    } finally {
      setSavingDoc('');
    }
  };

  /** A refusal beside the buttons; one that needs a verified binding also says where to verify. */
  const failAction = (e: unknown) => {
    const err = toServiceError(e);
    setActionError(err.message);
    setNeedsVerify(err.code === 'NEEDS_VERIFICATION');
  };

  const load = async () => {
    setError('');
    try {
      setView(await getApplication(id));
    } catch (e) {
      setView(null);
      setError(toServiceError(e).message);
    }
  };

  useDidShow(() => void load());

  /** Opens `target` (this application, or the new draft of a change) in the form, in place of the phone's draft. */
  const openInForm = async (target: ApplicationView): Promise<boolean> => {
    const local = loadDraft();
    if (local.serverId !== target.id) {
      if (hasProgress(local) && !local.serverId) {
        const { confirm } = await Taro.showModal({
          title: '替换手机上的草稿？',
          content: '这台手机上还有一份没保存到网上的申请，继续会替换它。',
          confirmText: '继续',
          cancelText: '不了',
        });
        if (!confirm) return false;
      }
      saveDraft(draftFromView(target));
    }
    Taro.redirectTo({ url: STEP_URL.form });
    return true;
  };

  const edit = async () => {
    if (view) await openInForm(view);
  };

  const change = async () => {
    if (!view || busy) return;
    setBusy(true);
    setActionError('');
    try {
      await openInForm(await changeFiling(view.id));
    } catch (e) {
      failAction(e);
    } finally {
      setBusy(false);
    }
  };

  const cancel = async () => {
    if (!view || busy) return;
    setBusy(true);
    setActionError('');
    try {
      setView(await cancelFiling(cancelPayload(view.id, cancelReason)));
      setCancelling(false);
      setCancelReason('');
    } catch (e) {
      failAction(e);
    } finally {
      setBusy(false);
    }
  };

  const withdraw = async () => {
    if (!view || busy) return;
    setBusy(true);
    setActionError('');
    try {
      setView(await withdrawApplication(view.id));
      setConfirming(false);
      const local = loadDraft();
      if (local.serverId === view.id) saveDraft({ ...local, serverId: '', serverMemberId: '', status: 'draft', requestId: '' });
    } catch (e) {
      failAction(e);
    } finally {
      setBusy(false);
    }
  };

  const footer = (
    <View className='apply-actions'>
      <View id='detail-list' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={() => backOrRedirect(LIST_URL)}>
        我的全部申请
      </View>
      <View id='detail-home' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={() => Taro.reLaunch({ url: '/pages/index/index' })}>
        回到首页
      </View>
    </View>
  );

  if (error) {
    return (
      <ThemedPage id='apply-detail' className='apply-detail'>
        <View className='card'>
          <Text className='card-title'>看不到这份申请</Text>
          <Text id='detail-error' className='apply-line'>
            {error}
          </Text>
        </View>
        {footer}
      </ThemedPage>
    );
  }

  if (!view) {
    return (
      <ThemedPage id='apply-detail' className='apply-detail'>
        <Text className='muted'>正在读取…</Text>
      </ThemedPage>
    );
  }

  const tone = toneOf(view.status);
  const materials = checklistRows(view);
  const validity = validityLine(view);
  const concerns = concernLines(view);
  const cancelled = cancellationText(view);
  const voucher = voucherCard(view);
  const money = reimbursementMoney(view);

  return (
    <ThemedPage id='apply-detail' className='apply-detail'>
      {justSubmitted && view.status === 'submitted' ? (
        <Text id='detail-submitted' className='apply-ok'>
          已提交，交给了参保地医保经办机构。受理、退回或不予受理时，这里的状态会更新。
        </Text>
      ) : null}
      {justSubmitted && view.status === 'submitted' ? <NotifyMe id='detail-notify' /> : null}
      <View className={`card detail-head detail-head--${tone}`}>
        <Text id='detail-title' className='apply-title'>
          {view.title}
        </Text>
        <View className='detail-status-row'>
          <Text id='detail-status' className={`status-badge status-badge--${tone}`}>
            {view.statusLabel}
          </Text>
          {view.myRole === 'principal' ? (
            <Text id='detail-filed-by' className='apply-note'>
              {filedForMeLine(view)}
            </Text>
          ) : null}
        </View>
        <Text id='detail-number' className='apply-line detail-number'>
          {numberLine(view)}
        </Text>
        <OfficeLine id='detail-office' office={view.office} />
        <Text id='detail-next' className='apply-line'>
          {nextStepText(view.status)}
        </Text>
        {view.decisionReason && (view.status === 'returned' || view.status === 'rejected') ? (
          <View id='detail-reason-box' className='detail-reason'>
            <Text className='apply-label'>{view.status === 'returned' ? '退回原因' : '不予受理的原因'}</Text>
            <Text id='detail-reason' className='apply-line'>
              {view.decisionReason}
            </Text>
            {concerns.fields.length + concerns.materials.length > 0 ? (
              <Text id='detail-concerns' className='apply-note'>
                所指：{[...concerns.fields, ...concerns.materials].join('、')}
              </Text>
            ) : null}
          </View>
        ) : null}
        {validity ? (
          <View id='detail-validity-box' className='detail-validity'>
            <Text className='apply-label'>有效期</Text>
            <Text id='detail-validity' className='apply-line'>
              {validity}
            </Text>
          </View>
        ) : null}
        {cancelled ? (
          <Text id='detail-cancelled' className='apply-line'>
            {cancelled}
          </Text>
        ) : null}
        {canChangeFiling(view) && !cancelling ? (
          <View>
            <View id='detail-change' className='btn btn-primary detail-action' hoverClass='btn-hover' ariaRole='button' onClick={() => void change()}>
              {busy ? '正在准备…' : '变更备案'}
            </View>
            <Text className='apply-note'>{CHANGE_HINT}</Text>
          </View>
        ) : null}
        {canCancelFiling(view) && !cancelling ? (
          <View id='detail-cancel' className='btn btn-secondary detail-action' hoverClass='btn-hover' ariaRole='button' onClick={() => setCancelling(true)}>
            取消备案
          </View>
        ) : null}
        {cancelling ? (
          <View id='detail-cancel-box' className='detail-confirm'>
            <Text className='apply-line'>{CANCEL_CONFIRM_TEXT}</Text>
            <Text className='apply-label'>原因（可不填）</Text>
            <TextBox id='detail-cancel-reason' value={cancelReason} maxlength={REASON_MAX} placeholder='例如：已回参保地居住' onChange={setCancelReason} />
            <View className='btn-row'>
              <View id='detail-cancel-confirm' className='btn btn-primary detail-danger' hoverClass='btn-hover' ariaRole='button' onClick={() => void cancel()}>
                {busy ? '正在取消…' : '确定取消备案'}
              </View>
              <View id='detail-cancel-back' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={() => setCancelling(false)}>
                不取消
              </View>
            </View>
          </View>
        ) : null}
        {canEdit(view) ? (
          <View id='detail-edit' className='btn btn-primary detail-action' hoverClass='btn-hover' ariaRole='button' onClick={() => void edit()}>
            {editLabel(view.status)}
          </View>
        ) : null}
        {canWithdraw(view.status) && !confirming ? (
          <View id='detail-withdraw' className='btn btn-secondary detail-action' hoverClass='btn-hover' ariaRole='button' onClick={() => setConfirming(true)}>
            撤回申请
          </View>
        ) : null}
        {confirming ? (
          <View id='detail-withdraw-box' className='detail-confirm'>
            <Text className='apply-line'>撤回后这份申请不再办理，也不能恢复；需要时可以重新申请。确定撤回吗？</Text>
            <View className='btn-row'>
              <View id='detail-withdraw-confirm' className='btn btn-primary detail-danger' hoverClass='btn-hover' ariaRole='button' onClick={() => void withdraw()}>
                {busy ? '正在撤回…' : '确定撤回'}
              </View>
              <View id='detail-withdraw-cancel' className='btn btn-secondary' hoverClass='btn-hover' ariaRole='button' onClick={() => setConfirming(false)}>
                不撤回
              </View>
            </View>
          </View>
        ) : null}
        {actionError ? (
          <Text id='detail-action-error' className='error-text'>
            {actionError}
          </Text>
        ) : null}
        {actionError && needsVerify ? (
          <View id='detail-verify-go' className='apply-link' hoverClass='btn-hover' ariaRole='button' onClick={() => Taro.navigateTo({ url: IDENTITY_URL })}>
            去核验 ›
          </View>
        ) : null}
      </View>
      {isFiledHere(view.type) && (view.status === 'submitted' || view.status === 'returned') ? <Handling id='detail-handling' office={view.office} /> : null}
      {voucher ? (
        <Voucher card={voucher} onSave={() => void saveDoc('voucher')} saving={savingDoc === 'voucher'} note={docNote?.kind === 'voucher' ? docNote : null} />
      ) : null}
      {money ? <ReimbursementMoneyCard id='detail-money' money={money} /> : null}

      <View id='detail-content' className='card'>
        <Text className='card-title'>申请内容</Text>
        {detailRows(view).map((row) => (
          <View key={row.label} className='apply-summary-row'>
            <Text className='apply-summary-label'>{row.label}</Text>
            <Text className='apply-summary-value'>{row.value}</Text>
          </View>
        ))}
      </View>

      {materials.length > 0 ? (
        <View id='detail-materials' className='card'>
          <Text className='card-title'>材料</Text>
          {materials.map((m) => (
            <View key={m.item} id={`detail-mat-${m.item}`} className='apply-summary-row'>
              <Text className={`detail-mat-tick ${m.done ? 'detail-mat-tick--done' : ''}`}>{m.done ? '✓' : '✗'}</Text>
              <Text className='apply-summary-value'>
                {m.name}（{m.state}）
              </Text>
            </View>
          ))}
        </View>
      ) : null}

      {view.commitment.signedAt ? (
        <View id='detail-commitment' className='card'>
          <Text className='card-title'>承诺书</Text>
          <Text className='apply-line'>
            {view.commitment.signerName} 于 {chinaTime(view.commitment.signedAt)} 签署《{view.commitment.title}》
          </Text>
          <Text id='detail-signer-line' className='apply-line'>
            {view.commitment.signerLine}
          </Text>
          <View
            id='detail-commitment-save'
            className='btn btn-secondary detail-action'
            hoverClass='btn-hover'
            ariaRole='button'
            ariaLabel='保存承诺书（PDF）'
            onClick={() => void saveDoc('commitment')}
          >
            {savingDoc === 'commitment' ? '正在准备 PDF…' : '保存承诺书（PDF）'}
          </View>
          {docNote?.kind === 'commitment' ? (
            <Text id='detail-commitment-save-note' className={docNote.error ? 'error-text' : 'apply-note'}>
              {docNote.text}
            </Text>
          ) : null}
        </View>
      ) : null}

      <View id='detail-timeline' className='card'>
        <Text className='card-title'>办理进度</Text>
        {timelineRows(view).map((row, i) => (
          <View key={`${row.at}-${i}`} className={`timeline-item ${i === 0 ? 'timeline-item--latest' : ''}`}>
            <View className={`timeline-dot timeline-dot--${row.tone}`} />
            <View className='timeline-body'>
              <Text className='timeline-status'>{row.status}</Text>
              <Text className='timeline-note'>{row.note}</Text>
              <Text className='apply-note'>
                {row.at} · {row.who}
              </Text>
            </View>
          </View>
        ))}
      </View>
      {footer}
    </ThemedPage>
  );
}
