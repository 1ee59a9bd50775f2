import { z } from 'zod';
import { ownValue } from '../own';
import { amount, isAmount, isoDate, describeIssue, personName, typedText } from './common';
import { Money } from '../money';
import { RuleError } from '../errors';
import { todayInChina } from '../dates';
import { idNumberProblem, normalizeIdNumber } from '../idcard';
import { phoneProblem } from '../phone';
import { CLOSE_RELATIVE_IDS } from '../filing/relations';
import { APPLICATION_TYPES, REMOTE_FILING_KINDS, isLongTerm } from '../filing/kinds';
import { MaterialItemId, MATERIAL_ITEMS } from '../filing/materials';
import { SETTLEMENT_SHEET_FORMS, YANGCHENG_EXCLUSION_IDS } from '../filing/veteran-subsidy';

/**
 * Requests of the applications functions. Drafts may be incomplete (every part optional, every part present must
 * be valid); a submission must be complete. Unknown keys are refused so a typo cannot silently drop a field.
 */

export const idNumber = z
  .string({ required_error: '必须填写', invalid_type_error: '身份证号须写成字符串' })
  .transform(normalizeIdNumber)
  .superRefine((value, ctx) => {
    const problem = idNumberProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const mobile = z
  .string({ required_error: '必须填写', invalid_type_error: '手机号须写成字符串' })
  .trim()
  .superRefine((value, ctx) => {
    const problem = phoneProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

// Names and free text refuse invisible and control characters, and an ID or mobile number typed into them is
// masked on the way in, like the form's own ID and phone fields (schemas/common.ts, typedText).
const name = personName(30);
/** One line: a place, an address, a hospital. */
const text = (max: number) => typedText({ max });
/** A reason in the person's own words, which may run over several lines. */
const paragraph = (max: number) => typedText({ max, multiline: true });

export const person = z.object({ name, idNumber, phone: mobile }).strict();
export const agent = person.extend({ relation: z.enum(CLOSE_RELATIVE_IDS) }).strict();

/** 附件1 asks for 职工医保/居民医保, 就医备案地（省、市）, and for long-term stays the 异地长期居住住址. */
const remoteFilingFields = {
  kind: z.enum(REMOTE_FILING_KINDS),
  scheme: z.enum(['employee', 'resident']),
  destination: z.object({ province: text(20), city: text(20) }).strict(),
  residenceAddress: text(100).optional(),
};

const manualReimbursementFields = { hospital: text(60), admissionDate: isoDate, dischargeDate: isoDate, amount };

type Stay = { admissionDate?: string; dischargeDate?: string };

/** admission ≤ discharge ≤ today (China date): a stay cannot end before it starts, nor in the future. */
function checkStay(stay: Stay, ctx: z.RefinementCtx): void {
  const today = todayInChina();
  if (stay.dischargeDate && stay.dischargeDate > today) {
    ctx.addIssue({ code: 'custom', message: '出院日期不能晚于今天', path: ['dischargeDate'] });
  }
  if (stay.admissionDate && stay.admissionDate > today) {
    ctx.addIssue({ code: 'custom', message: '入院日期不能晚于今天', path: ['admissionDate'] });
  }
  if (stay.admissionDate && stay.dischargeDate && stay.admissionDate > stay.dischargeDate) {
    ctx.addIssue({ code: 'custom', message: '入院日期不能晚于出院日期', path: ['dischargeDate'] });
  }
}

/**
 * 000 第六条 非一站式: "优抚对象凭医疗机构医保结算单原件或复印件加盖医疗机构印章…填写《医疗补助审批表》". The 细则
 * names the 审批表 but prints none of its boxes, so the claim carries only what the article names — the 结算单 (which
 * form, and its figures the subsidy is computed from) for a stay in a hospital outside the county — and the
 * township station fills in the 审批表. `exclusions` are 第十一条's questions; any "yes" stops the claim.
 */
const veteranSubsidyFields = {
  hospital: text(60),
  admissionDate: isoDate,
  dischargeDate: isoDate,
  totalCost: amount.optional(),
  inScopeSelfPay: amount,
  outOfScope: amount.optional(),
  personalAccountPaid: amount.optional(),
  settlementSheet: z.enum(SETTLEMENT_SHEET_FORMS),
  exclusions: z
    .object(Object.fromEntries(YANGCHENG_EXCLUSION_IDS.map((id) => [id, z.boolean({ invalid_type_error: '须填 true 或 false' }).optional()])) as Record<
      (typeof YANGCHENG_EXCLUSION_IDS)[number],
      z.ZodOptional<z.ZodBoolean>
    >)
    .strict()
    .optional(),
};

type SheetFigures = { totalCost?: string; inScopeSelfPay?: string; outOfScope?: string; personalAccountPaid?: string };

/** The 结算单's own arithmetic: the compliant remainder and the out-of-list part are both parts of the total. */
function checkSheet(v: SheetFigures, ctx: z.RefinementCtx): void {
  const m = (a: string | undefined) => (isAmount(a) ? new Money(a) : undefined);
  const [total, inScope, outOf, account] = [m(v.totalCost), m(v.inScopeSelfPay), m(v.outOfScope), m(v.personalAccountPaid)];
  if (total && inScope && inScope.plus(outOf ?? 0).greaterThan(total)) {
    ctx.addIssue({ code: 'custom', message: '报销后的合规部分与目录外费用之和不能多于医疗总费用', path: ['inScopeSelfPay'] });
  }
  if (account && inScope && account.greaterThan(inScope)) {
    ctx.addIssue({ code: 'custom', message: '个人账户支付的部分不能多于报销后的合规部分', path: ['personalAccountPaid'] });
  }
}

const veteranSubsidyDetails = z
  .object(veteranSubsidyFields)
  .strict()
  .superRefine((v, ctx) => {
    checkStay(v, ctx);
    checkSheet(v, ctx);
  });

/** The same figures for an estimate before filing: which form of the 结算单 is brought does not change the amount. */
export const veteranClaimFigures = z
  .object({ ...veteranSubsidyFields, settlementSheet: veteranSubsidyFields.settlementSheet.optional() })
  .strict()
  .superRefine((v, ctx) => {
    checkStay(v, ctx);
    checkSheet(v, ctx);
  });

const remoteFilingDetails = z
  .object(remoteFilingFields)
  .strict()
  .superRefine((v, ctx) => {
    if (isLongTerm(v.kind) && !v.residenceAddress) {
      ctx.addIssue({ code: 'custom', message: '长期备案须填写异地长期居住住址', path: ['residenceAddress'] });
    }
  });
const manualReimbursementDetails = z.object(manualReimbursementFields).strict().superRefine(checkStay);

/** A complete application, as submitted. */
export const applicationContent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('remoteFiling'), principal: person, agent: agent.optional(), remoteFiling: remoteFilingDetails }).strict(),
  z
    .object({
      type: z.literal('manualReimbursement'),
      principal: person,
      agent: agent.optional(),
      manualReimbursement: manualReimbursementDetails,
    })
    .strict(),
  z.object({ type: z.literal('veteranSubsidy'), principal: person, agent: agent.optional(), veteranSubsidy: veteranSubsidyDetails }).strict(),
]);
export type ApplicationContent = z.output<typeof applicationContent>;

/** A draft: the type is known, everything else may still be missing. */
export const draftContent = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('remoteFiling'),
      principal: person.partial().strict().optional(),
      agent: agent.partial().strict().nullable().optional(),
      remoteFiling: z.object(remoteFilingFields).partial().strict().optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('manualReimbursement'),
      principal: person.partial().strict().optional(),
      agent: agent.partial().strict().nullable().optional(),
      manualReimbursement: z.object(manualReimbursementFields).partial().strict().superRefine(checkStay).optional(),
    })
    .strict(),
  z
    .object({
      type: z.literal('veteranSubsidy'),
      principal: person.partial().strict().optional(),
      agent: agent.partial().strict().nullable().optional(),
      veteranSubsidy: z
        .object(veteranSubsidyFields)
        .partial()
        .strict()
        .superRefine((v, ctx) => {
          checkStay(v, ctx);
          checkSheet(v, ctx);
        })
        .optional(),
    })
    .strict(),
]);
export type DraftContent = z.output<typeof draftContent>;

/** Client-made, unique per submission attempt; a retry sends the same one. */
export const requestId = z
  .string({ required_error: '必须填写' })
  .regex(/^[A-Za-z0-9_-]{8,64}$/, '请求编号须为 8–64 位字母、数字、- 或 _');

const applicationId = z.string({ required_error: '必须填写' }).regex(/^[A-Za-z0-9_-]{1,64}$/, '申请编号格式不正确');

/** "I have read it and accept": the signer types their name; the server records the time. */
export const commitmentAcceptance = z
  .object({
    accepted: z.literal(true, { errorMap: () => ({ message: '须阅读并同意承诺书后才能提交' }) }),
    signerName: name,
  })
  .strict();

/**
 * `principalFamilyMemberId` fills the principal from a saved family member (the server holds the ID number; the
 * client only ever sees it masked) and, unless given, the agent's relation as the inverse of the saved one.
 */
const familyMemberId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '家庭成员编号格式不正确');
/** `requestId` (optional for callers of the first release): a retried call answers with the draft the first made. */
export const createDraftRequest = z
  .object({ content: draftContent, principalFamilyMemberId: familyMemberId.optional(), requestId: requestId.optional() })
  .strict();
export const updateDraftRequest = z
  .object({ id: applicationId, content: draftContent, principalFamilyMemberId: familyMemberId.optional() })
  .strict();

/** Either an existing draft (id, optionally with its final content) or a whole application in one go. */
export const submitRequest = z
  .object({ requestId, id: applicationId.optional(), content: applicationContent.optional(), commitment: commitmentAcceptance })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.id && !v.content) ctx.addIssue({ code: 'custom', message: '须提供草稿编号或完整的申请内容', path: ['content'] });
  });

export const idRequest = z.object({ id: applicationId }).strict();
export const withdrawRequest = z.object({ id: applicationId, reason: paragraph(200).optional() }).strict();
/** 取消备案 of an accepted 异地就医备案; the reason is the person's own words, optional (the documents ask for none). */
export const cancelFilingRequest = z.object({ id: applicationId, reason: paragraph(200).optional() }).strict();
/** 变更备案: a new draft from the accepted filing's content; the filing stays in force until the new one is accepted. */
export const changeFilingRequest = idRequest;

export const staffRequest = z.object({ id: applicationId, staff: personName(30) }).strict();
/**
 * Accepting a 优抚 住院医疗补助 claim records the subsidy in the ledger: the amount the rules give against the
 * ledger at that moment, or the amount the county approved (`amount`) when staff enter one.
 */
export const staffAcceptRequest = staffRequest
  .extend({
    amount: amount.optional(),
    /** Staff accept a claim whose stay matches a payment or an accepted claim (server/veteran/duplicates.ts): why. */
    confirmDuplicate: paragraph(200).optional(),
  })
  .strict();
/** 退回 and 不予受理 say why: the applicant reads the reason and, when returned, fixes the application. */
export const staffReasonRequest = z.object({ id: applicationId, staff: personName(30), reason: paragraph(200) }).strict();

export const familyMemberRequest = z
  .object({ name, relation: z.enum(CLOSE_RELATIVE_IDS), idNumber, phone: mobile.optional(), requestId: requestId.optional() })
  .strict();
export const familyMemberIdRequest = z.object({ id: applicationId }).strict();

export const claimIdentityRequest = z.object({ name, idNumber }).strict();

const MATERIAL_ITEM_IDS = Object.keys(MATERIAL_ITEMS) as [MaterialItemId, ...MaterialItemId[]];

/** An image, base64-encoded; its bytes are checked by the service (magic numbers and size). */
export const uploadMaterialRequest = z
  .object({
    applicationId,
    item: z.enum(MATERIAL_ITEM_IDS),
    requestId: requestId.optional(),
    contentBase64: z.string({ required_error: '必须上传图片' }).min(1, '必须上传图片').regex(/^[A-Za-z0-9+/=\s]+$/, '图片须为 base64 编码'),
  })
  .strict();

/** Asks where to upload one photo for an item (server/applications/attach.ts): the answer is a cloudPath. */
export const uploadTicketRequest = z.object({ applicationId, item: z.enum(MATERIAL_ITEM_IDS) }).strict();

/** A photo uploaded to a ticket's cloudPath, attached by its fileID (`cloud://…` on CloudBase, `local://…` locally). */
export const attachMaterialRequest = z
  .object({
    applicationId,
    item: z.enum(MATERIAL_ITEM_IDS),
    fileId: z.string({ required_error: '必须上传图片' }).min(1, '必须上传图片').max(512, '图片文件编号格式不正确'),
    requestId,
  })
  .strict();

export const APPLICATION_TYPE_IDS = APPLICATION_TYPES;

/** Plain-Chinese names of the form's fields, so a message says which box is wrong. */
const FIELD_LABELS: Record<string, string> = {
  type: '申请类型',
  content: '申请内容',
  'content.type': '申请类型',
  principal: '参保人（委托人）',
  'principal.name': '参保人姓名',
  'principal.idNumber': '参保人身份证号',
  'principal.phone': '参保人联系电话',
  agent: '代办人',
  'agent.name': '代办人姓名',
  'agent.idNumber': '代办人身份证号',
  'agent.phone': '代办人联系电话',
  'agent.relation': '代办人与参保人关系',
  remoteFiling: '备案信息',
  'remoteFiling.kind': '备案类型',
  'remoteFiling.scheme': '参保险种',
  'remoteFiling.destination': '就医备案地',
  'remoteFiling.destination.province': '就医备案地（省）',
  'remoteFiling.destination.city': '就医备案地（市）',
  'remoteFiling.residenceAddress': '异地长期居住住址',
  manualReimbursement: '报销信息',
  'manualReimbursement.hospital': '医疗机构名称',
  'manualReimbursement.admissionDate': '入院日期',
  'manualReimbursement.dischargeDate': '出院日期',
  'manualReimbursement.amount': '医疗费用金额',
  veteranSubsidy: '住院医疗补助申请信息',
  'veteranSubsidy.hospital': '住院的医疗机构（县外）',
  'veteranSubsidy.admissionDate': '入院日期',
  'veteranSubsidy.dischargeDate': '出院结算日期',
  'veteranSubsidy.totalCost': '医保结算单：医疗总费用',
  'veteranSubsidy.inScopeSelfPay': '医保结算单：医保、大病保险、医疗救助报销后的合规部分',
  'veteranSubsidy.outOfScope': '医保结算单：目录外费用（个人自费）',
  'veteranSubsidy.personalAccountPaid': '医保结算单：个人医保账户支付',
  'veteranSubsidy.settlementSheet': '医保结算单（原件或加盖医疗机构印章的复印件）',
  'veteranSubsidy.exclusions': '不予补助情形',
  requestId: '请求编号',
  id: '申请编号',
  commitment: '承诺书',
  'commitment.accepted': '同意承诺书',
  'commitment.signerName': '签名',
  reason: '原因',
  staff: '经办人',
  name: '姓名',
  relation: '与本人关系',
  idNumber: '身份证号',
  phone: '联系电话',
  applicationId: '申请编号',
  item: '材料名称',
  contentBase64: '图片',
  fileId: '图片',
  principalFamilyMemberId: '家庭成员',
  familyMemberId: '家庭成员',
  year: '年度',
  amount: '补助金额',
  confirmDuplicate: '确认重复补助的理由',
};

function label(path: (string | number)[]): string {
  const key = path.join('.');
  const bare = key.replace(/^content\./, '');
  return ownValue(FIELD_LABELS, key) ?? ownValue(FIELD_LABELS, bare) ?? (key || '请求');
}

/** Parses or throws RuleError('INVALID_INPUT') naming the field in Chinese; nothing is written before this passes. */
export function parseApplicationRequest<T extends z.ZodTypeAny>(schema: T, input: unknown): z.output<T> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const unknownKey = issue.code === 'unrecognized_keys' && issue.keys.length > 0;
  const path = unknownKey ? [...issue.path, issue.keys[0]] : issue.path;
  return (() => {
    throw new RuleError('INVALID_INPUT', `${label(unknownKey ? issue.path : path)}：${describeIssue(issue)}`, path.join('.') || undefined);
  })();
}
