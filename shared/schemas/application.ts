import { z } from 'zod';
import { ownValue } from '../own';
import { amount, personName, typedText } from './common';
import { parseDescribed } from './describe';
import type { ApplicationSections, ApplicationType } from '../applications/types';
import { applicationTypeModules, materialItems } from '../applications/registry';
import { buildContentSchemas } from '../applications/content-schema';
import type { OfficeRef } from '../applications/offices-types';
import { agent, name, person } from './person';
import { applicationId, requestId } from './request-id';

/**
 * Requests of the applications functions. Drafts may be incomplete (every part optional, every part present must
 * be valid); a submission must be complete. Unknown keys are refused so a typo cannot silently drop a field.
 */

export { idNumber, mobile, person, agent, claimIdentityRequest } from './person';

/** A reason in the person's own words, which may run over several lines. */
const paragraph = (max: number) => typedText({ max, multiline: true });

type Person = z.output<typeof person>;
type Agent = z.output<typeof agent>;

/** A complete application, as submitted: the persons and the section of its type (shared/applications). */
export type ApplicationContent = {
  [T in ApplicationType]: { type: T; principal: Person; agent?: Agent; office?: OfficeRef } & { [K in T]: ApplicationSections[T] };
}[ApplicationType];

/** A draft: the type is known, everything else may still be missing. */
export type DraftContent = {
  [T in ApplicationType]: { type: T; principal?: Partial<Person>; agent?: Partial<Agent> | null; office?: OfficeRef } & { [K in T]?: ApplicationSections[T] };
}[ApplicationType];

/**
 * The content schemas are built from the registry, one branch per registered type with that type's own section
 * schema, so a type's fields are checked by its module and a key no type knows is refused. Built on first use and
 * again when the registered types change (a test's fixture type).
 */
let built: { key: string; complete: z.ZodTypeAny; draft: z.ZodTypeAny } | null = null;

function contentSchemas(): { complete: z.ZodTypeAny; draft: z.ZodTypeAny } {
  const modules = applicationTypeModules();
  const key = modules.map((m) => m.id).join('|');
  if (!built || built.key !== key) built = { key, ...buildContentSchemas(modules) };
  return built;
}

export const applicationContent: z.ZodType<ApplicationContent, z.ZodTypeDef, unknown> = z.lazy(() => contentSchemas().complete);
export const draftContent: z.ZodType<DraftContent, z.ZodTypeDef, unknown> = z.lazy(() => contentSchemas().draft);

export { requestId } from './request-id';


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
/**
 * What a 退回 names beside its reason: form field paths and checklist item ids. Their shape is checked here; whether
 * the application's type has them is checked against its module (shared/applications/concerns.ts).
 */
const concernKey = (what: string) =>
  z
    .string({ invalid_type_error: `${what}须写成文字` })
    .min(1, `${what}不能为空`)
    .max(80, `${what}最多 80 个字符`)
    .regex(/^[A-Za-z][A-Za-z0-9.]*$/, `${what}须是表上的项目编号，例如 remoteFiling.residenceAddress`);
export const returnConcernsRequest = z
  .object({
    fields: z.array(concernKey('格子'), { invalid_type_error: '所指格子须写成列表' }).max(30, '最多指出 30 个格子').default([]),
    materials: z.array(concernKey('材料'), { invalid_type_error: '所指材料须写成列表' }).max(30, '最多指出 30 项材料').default([]),
  })
  .strict();

/** 退回 and 不予受理 say why: the applicant reads the reason and, when returned, fixes the application. */
export const staffReasonRequest = z
  .object({ id: applicationId, staff: personName(30), reason: paragraph(200), concerns: returnConcernsRequest.optional() })
  .strict();

export { familyMemberRequest } from './person';
export const familyMemberIdRequest = z.object({ id: applicationId }).strict();

/** One item of a registered type's checklist. */
const materialItem = z.lazy(() => {
  const ids = Object.keys(materialItems());
  return z.enum(ids as [string, ...string[]]);
});

/** An image, base64-encoded; its bytes are checked by the service (magic numbers and size). */
export const uploadMaterialRequest = z
  .object({
    applicationId,
    item: materialItem,
    requestId: requestId.optional(),
    // Looks for one wrong character rather than matching the whole text: an anchored `[…]+$` over a 7 MB photo keeps
    // a backtrack entry per character and can overflow V8's regexp stack (a fresh-clone CI saw RangeError there).
    contentBase64: z
      .string({ required_error: '必须上传图片' })
      .min(1, '必须上传图片')
      .refine((s) => !/[^A-Za-z0-9+/=\s]/.test(s), '图片须为 base64 编码'),
  })
  .strict();

/** Asks where to upload one photo for an item (server/applications/attach.ts): the answer is a cloudPath. */
export const uploadTicketRequest = z.object({ applicationId, item: materialItem }).strict();

/** A photo uploaded to a ticket's cloudPath, attached by its fileID (`cloud://…` on CloudBase, `local://…` locally). */
export const attachMaterialRequest = z
  .object({
    applicationId,
    item: materialItem,
    fileId: z.string({ required_error: '必须上传图片' }).min(1, '必须上传图片').max(512, '图片文件编号格式不正确'),
    requestId,
  })
  .strict();

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
  requestId: '请求编号',
  id: '申请编号',
  commitment: '承诺书',
  'commitment.accepted': '同意承诺书',
  'commitment.signerName': '签名',
  reason: '原因',
  concerns: '退回所指的内容',
  'concerns.fields': '退回所指的格子',
  'concerns.materials': '退回所指的材料',
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

/** A field of a type's section ("remoteFiling.kind"), named by that type's module. */
function sectionLabel(key: string): string | undefined {
  for (const m of applicationTypeModules()) {
    if (key === m.id) return ownValue(m.fieldLabels, '');
    if (key.startsWith(`${m.id}.`)) return ownValue(m.fieldLabels, key.slice(m.id.length + 1));
  }
  return undefined;
}

function label(path: (string | number)[]): string {
  const key = path.join('.');
  const bare = key.replace(/^content\./, '');
  return ownValue(FIELD_LABELS, key) ?? ownValue(FIELD_LABELS, bare) ?? sectionLabel(bare) ?? (key || '请求');
}

/** Parses or throws RuleError('INVALID_INPUT') naming the field in Chinese; nothing is written before this passes. */
export function parseApplicationRequest<T extends z.ZodTypeAny>(schema: T, input: unknown): z.output<T> {
  return parseDescribed(schema, input, (path) => label([...path]));
}
