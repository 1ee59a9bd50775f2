import type { AppContext } from '../../../server/applications/context';
import { staffBindings, staffIssueCode, staffRevoke, staffVerify } from '../../../server/identity';
import { RuleError } from '../../../shared/errors';

export const STAFF_IDENTITY_USAGE = `  yibao staff identity show --id-number <证件号码>
  yibao staff identity verify --id-number <证件号码> --name <证件上的姓名> --ref <核验编号> --staff <经办人> --evidence <核验依据，如：核对身份证原件>
  yibao staff identity revoke --id-number <证件号码> --ref <核验编号> --staff <经办人> --reason <撤销原因>
  yibao staff identity issue-code --id-number <证件号码> --name <名册上的姓名> --staff <经办人>`;

function options(args: string[]): Record<string, string> {
  const opts: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('--')) throw new RuleError('INVALID_INPUT', `不认识的参数：${a}\n用法：\n${STAFF_IDENTITY_USAGE}`);
    const value = args[i + 1];
    if (value === undefined || value.startsWith('--')) throw new RuleError('INVALID_INPUT', `选项 ${a} 缺少取值`, a.slice(2));
    opts[a.slice(2)] = value;
    i++;
  }
  return opts;
}

/**
 * `yibao staff identity …`: the office confirms who an account is (after checking the card), revokes a binding, and
 * issues the 服务站's one-time code. Every change is recorded in the person's binding history (`show`).
 */
export async function staffIdentity(app: AppContext, args: string[]): Promise<unknown> {
  const [sub, ...rest] = args;
  const o = options(rest);
  const idNumber = o['id-number'];
  switch (sub) {
    case 'show':
      return staffBindings(app, { idNumber });
    case 'verify':
      return staffVerify(app, { idNumber, name: o.name, ref: o.ref, staff: o.staff, evidence: o.evidence });
    case 'revoke':
      return staffRevoke(app, { idNumber, ref: o.ref, staff: o.staff, reason: o.reason });
    case 'issue-code':
      return staffIssueCode(app, { idNumber, name: o.name, staff: o.staff });
    default:
      throw new RuleError('INVALID_INPUT', `用法：\n${STAFF_IDENTITY_USAGE}`);
  }
}
