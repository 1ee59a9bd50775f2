import type { ZodIssue } from 'zod';
import type { IdentityStatus } from '../../shared/contract/identity';
import { todayInChina } from '../../shared/dates';
import { boxReason } from '../../shared/schemas/describe';
import { declareSelfRequest, ROSTER_CODE_DIGITS, verifyWithCodeRequest } from '../../shared/schemas/identity';

/**
 * 本人信息与核验 in plain words. An account is not a person: the account *declares* "this ID number is me" (or "this
 * is my father"), and a trusted source *verifies* it — staff checking the 身份证 at a counter, a one-time code from the
 * 乡（镇）退役军人服务站, or WeChat 人脸核身 where it is switched on. Until then the account files and sees only what it
 * filed itself. The wording here is the one place the pages take it from.
 */

/** What family.identity (and every verify action) answers. */
export type { IdentityStatus };
export type BindingLevel = 'declared' | 'verified';
export type VerifySource = NonNullable<NonNullable<IdentityStatus['self']>['source']>;

/** Where to go, in the order a person would think of it; both check the 身份证 and find the binding by its 核验编号. */
export const WHERE_TO_VERIFY = ['参保地的医保经办窗口', '所在乡（镇）的退役军人服务站'] as const;

/** What a verified binding opens, for everyone and for 优抚对象. */
export const AFTER_VERIFICATION: readonly string[] = [
  '家人替您办理的申请，和它们的办理进度',
  '可以撤回或取消家人替您提交的申请',
  '优抚对象：本年度补助台账、名册信息（类别、等级、乡镇）和发放记录',
  '优抚对象：可以在这里申请县外住院补助',
];

const SOURCE_TEXT: Record<VerifySource, string> = {
  staff: '工作人员当面核对了身份证',
  rosterCode: '输入了退役军人服务站发的核验码',
  wechatFace: '微信人脸核身',
  standIn: '本机测试核验（只用于测试，正式环境不认）',
};

export function sourceText(source: VerifySource | null): string {
  return source ? SOURCE_TEXT[source] : '已核验';
}

/** "2026 年 11 月 23 日", the China date of a stored instant. */
export function chinaDateText(iso: string | null): string {
  if (!iso || Number.isNaN(Date.parse(iso))) return '';
  const [y, m, d] = todayInChina(new Date(iso)).split('-');
  return `${y} 年 ${Number(m)} 月 ${Number(d)} 日`;
}

/** The 核验编号 as it is read out at a counter: two groups of three, so nobody loses their place. */
export function refForReading(ref: string): string {
  const r = ref.trim().toUpperCase();
  return r.length === 6 ? `${r.slice(0, 3)} ${r.slice(3)}` : r;
}

/** The account's own binding as the page shows it. */
export type SelfCard =
  | { kind: 'none'; title: string; text: string }
  | { kind: 'declared'; title: string; badge: '待核验'; person: string; why: string; steps: string[]; ref: string; refSpoken: string }
  | { kind: 'verified'; title: string; badge: '已核验'; person: string; how: string; when: string };

export function selfCard(status: IdentityStatus): SelfCard {
  const self = status.self;
  if (!self) {
    return {
      kind: 'none',
      title: '还没有填写本人信息',
      text: '填写您本人的姓名和身份证号，再核验一次，就能看到家人替您办理的申请；优抚对象还能查看自己的补助。',
    };
  }
  const person = `${self.name}　${self.idNumberMasked}`;
  if (self.level === 'verified') {
    return {
      kind: 'verified',
      title: '您的身份已核验',
      badge: '已核验',
      person,
      how: `核验方式：${sourceText(self.source)}`,
      when: self.verifiedAt ? `核验日期：${chinaDateText(self.verifiedAt)}` : '',
    };
  }
  return {
    kind: 'declared',
    title: '您已填写本人信息，还需要核验一次',
    badge: '待核验',
    person,
    why: '为了保护您的信息，需要核验一次。核验以前，您只能看到自己办理的申请。',
    steps: [
      `带上身份证，到${WHERE_TO_VERIFY[0]}，或${WHERE_TO_VERIFY[1]}。`,
      '把下面的核验编号告诉工作人员，工作人员核对身份证后，这里就会显示“已核验”。',
      '优抚对象也可以向服务站领取核验码，在下面输入，不用再跑一趟。',
    ],
    ref: self.ref,
    refSpoken: refForReading(self.ref),
  };
}

/** A saved family member's binding, as the member lists show it. */
export interface MemberLevelView {
  level: BindingLevel;
  ref: string;
  name: string;
}

export interface MemberLevelLine {
  badge: '已核验' | '待核验';
  tone: 'ok' | 'warn';
  /** One short line for a choice list. */
  short: string;
  /** What it means, for a page that has room (the verification page, the 优抚 page). */
  explain: string;
}

export function memberLevelLine(m: MemberLevelView): MemberLevelLine {
  if (m.level === 'verified') {
    return { badge: '已核验', tone: 'ok', short: '已核验', explain: `已核验。${m.name}是优抚对象的，您可以查看补助台账、替${m.name}申请住院补助。` };
  }
  return {
    badge: '待核验',
    tone: 'warn',
    short: '待核验',
    explain:
      `替${m.name}办理备案、报销不受影响。${m.name}是优抚对象的，查看补助台账、申请住院补助前要先核验：` +
      `向乡（镇）退役军人服务站领取核验码，在这里输入；或带上${m.name}的身份证到服务站或医保经办窗口${m.ref ? `，出示核验编号 ${refForReading(m.ref)}` : '核验'}。`,
  };
}

/** The explain line of a member in a choice list: "110105********002X · 待核验". */
export function memberChoiceExplain(m: MemberLevelView & { idNumberMasked: string }): string {
  return `${m.idNumberMasked} · ${memberLevelLine(m).short}`;
}

/** Whether a list of my applications may be missing what relatives filed for me, and the line that says so. */
export function listVerifyNote(status: IdentityStatus | null): string {
  if (!status) return '';
  if (!status.self) return '家人替您办理的申请，填写本人信息并核验后才能在这里看到。';
  if (status.self.level === 'declared') return '家人替您办理的申请，核验后才能在这里看到。';
  return '';
}

// --- forms -------------------------------------------------------------------------------------------------------

export interface DeclareForm {
  name: string;
  idNumber: string;
}

export interface CodeForm extends DeclareForm {
  code: string;
}

export type IdentityBox = 'name' | 'idNumber' | 'code';
export type IdentityFormErrors = Partial<Record<IdentityBox, string>> & { banner?: string };

/** A 核验码 as typed: spaces and dashes dropped (it is read off a slip of paper or over the phone). */
export function normalCode(entered: string): string {
  return entered.replace(/[\s\-－—]/g, '');
}

export { ROSTER_CODE_DIGITS };

/** The boxes a schema refusal is about, first message per box, in the schema's own words. */
function boxErrors(issues: ZodIssue[]): IdentityFormErrors {
  const errors: IdentityFormErrors = {};
  for (const issue of issues) {
    const key = String(issue.path[0]);
    if ((key === 'name' || key === 'idNumber' || key === 'code') && !errors[key]) errors[key] = boxReason(issue);
  }
  return errors;
}

function typed(form: Partial<CodeForm>): Record<string, string> {
  const req: Record<string, string> = {};
  if (form.name?.trim()) req.name = form.name.trim();
  if (form.idNumber?.trim()) req.idNumber = form.idNumber.trim();
  if (form.code !== undefined && normalCode(form.code)) req.code = normalCode(form.code);
  return req;
}

/** Name and ID number checked with the schema family.declareSelf checks them with, so both say the same thing. */
export function personErrors(form: DeclareForm): IdentityFormErrors {
  const r = declareSelfRequest.safeParse(typed(form));
  return r.success ? {} : boxErrors(r.error.issues);
}

/** The declareSelf request, or the boxes that are wrong. */
export function declareRequest(form: DeclareForm): { ok: true; request: { name: string; idNumber: string } } | { ok: false; errors: IdentityFormErrors } {
  const errors = personErrors(form);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, request: { name: form.name.trim(), idNumber: form.idNumber.trim().toUpperCase() } };
}

/** The verifyWithCode request (for oneself, or for a saved family member), or the boxes that are wrong. */
export function codeRequest(
  form: CodeForm,
  familyMemberId?: string,
): { ok: true; request: { name: string; idNumber: string; code: string; familyMemberId?: string } } | { ok: false; errors: IdentityFormErrors } {
  const req = typed(form);
  const r = verifyWithCodeRequest.safeParse({ ...req, ...(familyMemberId ? { familyMemberId } : {}) });
  if (!r.success) {
    const errors = boxErrors(r.error.issues);
    if (errors.code === '必须填写') errors.code = '请输入服务站给的核验码';
    if (Object.keys(errors).length > 0) return { ok: false, errors };
    return { ok: false, errors: { banner: boxReason(r.error.issues[0]) } };
  }
  return {
    ok: true,
    request: { name: req.name, idNumber: req.idNumber.toUpperCase(), code: req.code, ...(familyMemberId ? { familyMemberId } : {}) },
  };
}

/**
 * A refusal placed beside the box it is about, in the function's own words. A refusal naming a box (a wrong check
 * digit, VERIFY_FAILED on the code, "already verified as someone else" on the ID number) goes beside it; RATE_LIMITED
 * goes beside the box the person was using — the code, or the declare button's banner; anything else is a banner.
 */
export function placeIdentityError(
  error: { code: string; message: string; field?: string; reason?: string },
  form: 'declare' | 'code',
): IdentityFormErrors {
  const field = error.field === 'name' || error.field === 'idNumber' || (error.field === 'code' && form === 'code') ? error.field : undefined;
  // Beside its own box the field's name is already shown: a schema refusal's reason ("身份证号：…" without the name).
  if (field) return { [field]: error.reason ?? error.message };
  if (form === 'code' && (error.code === 'VERIFY_FAILED' || error.code === 'RATE_LIMITED')) return { code: error.message };
  return { banner: error.message };
}

// --- WeChat 人脸核身 ----------------------------------------------------------------------------------------------

/**
 * Whether to offer 人脸核身: only where the service switched it on (methods.wechatFace), only inside WeChat (H5 has no
 * such thing, so the button is not shown), and only on a base library that has wx.requestFacialVerify (≥ 3.8.12).
 */
export type FaceOffer = 'hidden' | 'unsupported' | 'ready';

export function faceOffer(status: IdentityStatus, env: { weapp: boolean; canRequestFacialVerify: boolean }): FaceOffer {
  if (!status.methods.wechatFace || !env.weapp || status.self?.level !== 'declared') return 'hidden';
  return env.canRequestFacialVerify ? 'ready' : 'unsupported';
}

export const FACE_UNSUPPORTED =
  '您的微信版本较低，不能在这里刷脸核验。请把微信更新到最新版本后再试；也可以带身份证到医保经办窗口或退役军人服务站核验。';

export const FACE_NOT_DONE = '刷脸没有完成，可以再试一次；也可以带身份证到医保经办窗口或退役军人服务站核验。';
