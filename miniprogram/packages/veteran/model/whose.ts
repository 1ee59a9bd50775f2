import type { FamilyMemberView } from '../../../../shared/contract/family';
import { citationText, cite } from '../../../../shared/source';
import { memberChoiceExplain } from '../../../models/identity';

/**
 * Whose 优抚医疗补助 the page shows: the user's own (found through 本人实名, the ID number this account claimed) or a
 * saved family member's, read as their agent. Kept as the family member's id, or '' for oneself, so it fits a URL
 * parameter and the device storage alike.
 */
export type Whose = string;
export const SELF: Whose = '';

const ID_LIKE = /^[A-Za-z0-9_-]{1,64}$/;

export function parseWhose(raw: unknown): Whose {
  return typeof raw === 'string' && ID_LIKE.test(raw) ? raw : SELF;
}

/** The `subsidy.status` / `estimateClaim` part that says whose ledger. */
export function whoseRequest(whose: Whose): { familyMemberId?: string } {
  return whose === SELF ? {} : { familyMemberId: whose };
}

export interface WhoseOption {
  value: string;
  label: string;
  explain?: string;
}

/** ChoiceGroup wants a non-empty value: oneself is 'self' on the page. */
export const SELF_OPTION = 'self';

export function whoseOptions(members: FamilyMemberView[]): WhoseOption[] {
  return [
    { value: SELF_OPTION, label: '我本人', explain: '我就是优抚对象' },
    ...members.map((m) => ({ value: m.id, label: `${m.name}（我的${m.relationLabel}）`, explain: memberChoiceExplain(m) })),
  ];
}

export function optionOf(whose: Whose): string {
  return whose === SELF ? SELF_OPTION : whose;
}

export function whoseOf(option: string): Whose {
  return option === SELF_OPTION ? SELF : parseWhose(option);
}

/** A saved member chosen earlier and since deleted falls back to oneself. */
export function knownWhose(whose: Whose, members: FamilyMemberView[] | null): Whose {
  if (whose === SELF || members === null) return whose;
  return members.some((m) => m.id === whose) ? whose : SELF;
}

/**
 * Why the ledger could not be read, so the page says what to do rather than print an error:
 * - needsIdentity: looking at one's own, but this account has not said who it is (本人实名) yet;
 * - needsVerification: this account said who it is (or who the relative is), but nobody has confirmed it yet — the
 *   ledger and roster data open only to a verified binding (本人信息与核验 says where to verify);
 * - notOnRoster: the person is not on the county's roster under that name and ID number (server/veteran/access.ts);
 * - memberGone: the saved family member no longer exists;
 * - other: anything else (network, a refusal), shown as it came, with 再试一次.
 */
export type StatusProblem = 'needsIdentity' | 'needsVerification' | 'notOnRoster' | 'memberGone' | 'other';

export function problemOf(error: { code: string; message: string; field?: string }): StatusProblem {
  if (error.code === 'NEEDS_VERIFICATION') return 'needsVerification';
  if (error.code !== 'NOT_FOUND') return 'other';
  if (error.message.includes('名册')) return 'notOnRoster';
  if (error.message.includes('本人信息与核验') || error.message.includes('本人实名')) return 'needsIdentity';
  if (error.message.includes('家庭成员')) return 'memberGone';
  return 'other';
}

/**
 * What a person not found on the roster can do. 000 第七条: the county bureau "负责审核、认定优抚对象身份及类别", and
 * "各乡(镇)退役军人服务站应当……为优抚对象办理参保、医疗补助申请提供优质服务".
 */
export interface NotOnRosterHelp {
  title: string;
  steps: string[];
  source: string;
}

export function notOnRosterHelp(whose: Whose, name: string | null): NotOnRosterHelp {
  const who = whose === SELF ? '您' : name ?? '这位家人';
  const fix =
    whose === SELF
      ? '先核对“本人实名”里的姓名和身份证号是否与户口本、优抚证件一致；填错了可以在下面重新填写。'
      : `先核对保存的家人信息（${name ?? '姓名'}、身份证号）是否与户口本、优抚证件一致；填错了请重新添加这位家人。`;
  return {
    title: `优抚对象名册中没有找到${who}`,
    steps: [
      fix,
      '名册由县退役军人事务局审核认定后导入；刚认定或刚迁入的，可能还没有导入。',
      '带上身份证、户口本和优抚证件，到户籍所在的乡（镇）退役军人服务站询问，服务站负责为优抚对象办理医疗补助申请。',
    ],
    source: citationText(cite('000_22e2e209a52c8b7a.txt', '第七条')),
  };
}
