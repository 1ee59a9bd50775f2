import { accept, reject, returnApplication, staffList, staffShow } from '../../../server/applications';
import { openAppContext } from '../../../server/applications/open';
import type { AppContext } from '../../../server/applications/context';
import type { ApplicationStatus } from '../../../server/store/types';
import { RuleError } from '../../../shared/errors';
import { maskBankCardNumbers } from '../../../shared/mask';
import { importPayments } from '../../../server/veteran/import/payments';
import { importRoster } from '../../../server/veteran/import/roster';
import { rosterRegionWords } from '../../../server/veteran/import/regions';
import { printJson } from '../io';
import { allRegionOffices, regionOffices } from '../../../shared/applications/offices';
import { staffIdentity, STAFF_IDENTITY_USAGE } from './staff-identity';
import { ACCOUNT_COMMANDS, actAs, staffAccounts, STAFF_ACCOUNTS_USAGE } from './staff-accounts';

const STATUSES: ApplicationStatus[] = ['draft', 'submitted', 'accepted', 'returned', 'rejected', 'withdrawn', 'cancelled'];

export const STAFF_USAGE = `  yibao staff list [--status submitted|accepted|returned|rejected|withdrawn|cancelled|all] [--limit 20] [--cursor <上一页给出的 nextCursor>] [--number <业务编号>] [--region ${allRegionOffices().map((r) => r.region).join('|')} [--area <经办机构或乡镇，如 通江县>]]
  yibao staff show <申请编号或业务编号>
  yibao staff accept <申请编号或业务编号> --staff <经办人> [--amount <核定补助金额>] [--confirm-duplicate <理由>]
  yibao staff return <申请编号或业务编号> --staff <经办人> --reason <退回原因> [--field <格子，如 remoteFiling.residenceAddress>]… [--material <材料，如 residenceProof>]…
  yibao staff reject <申请编号或业务编号> --staff <经办人> --reason <不予受理原因> [--field <格子>]… [--material <材料>]…
  （申请编号也可写成 --id <编号>；--field、--material 可以写多次）
  yibao staff import-roster <名册.csv|.xlsx> [--region ${rosterRegionWords().ids}] [--staff <经办人>] [--allow-errors]
  yibao staff import-payments <发放名单.csv|.xlsx> [--staff <经办人>] [--allow-errors]
${STAFF_IDENTITY_USAGE}
${STAFF_ACCOUNTS_USAGE}
  （数据目录取 DATA_DIR，默认 ./data；配置 TCB_ENV 时使用云开发数据库）`;

/** Options that take no value. */
const FLAGS = new Set(['allow-errors']);
/** Options that may be given more than once: each value is kept, in order. */
const REPEATED = new Set(['field', 'material']);

/** `--name value` options (and `--flag`s) after the positional arguments. */
function options(args: string[]): { positional: string[]; opts: Record<string, string>; lists: Record<string, string[]> } {
  const positional: string[] = [];
  const opts: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--') && FLAGS.has(a.slice(2))) {
      opts[a.slice(2)] = 'true';
    } else if (a.startsWith('--')) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new RuleError('INVALID_INPUT', `选项 ${a} 缺少取值`, a.slice(2));
      const name = a.slice(2);
      if (REPEATED.has(name)) (lists[name] ??= []).push(value);
      else if (Object.prototype.hasOwnProperty.call(opts, name)) throw new RuleError('INVALID_INPUT', `选项 ${a} 只能写一次`, name);
      else opts[name] = value;
      i++;
    } else positional.push(a);
  }
  return { positional, opts, lists };
}

/** --region [--area]: one office's applications (shared/applications/offices.ts); an area of a listed region must be one of its offices. */
function officeOption(region: string | undefined, area: string | undefined): { region: string; area?: string } | undefined {
  if (region === undefined) {
    if (area !== undefined) throw new RuleError('INVALID_INPUT', '--area 须和 --region 一起写', 'area');
    return undefined;
  }
  const offices = regionOffices(region);
  if (!offices) throw new RuleError('INVALID_INPUT', `未知的地区：${region}（可写 ${allRegionOffices().map((r) => `${r.region}（${r.place}）`).join('、')}）`, 'region');
  if (area === undefined) return { region };
  if (offices.areas && !offices.areas.some((a) => a.name === area)) {
    throw new RuleError('INVALID_INPUT', `${offices.place}没有“${area}”这个经办机构（可写 ${offices.areas.map((a) => a.name).join('、')}）`, 'area');
  }
  return { region, area };
}

/** What a 退回 or 不予受理 names (--field, --material), or nothing when neither is given. */
function concerns(lists: Record<string, string[]>): { concerns?: { fields: string[]; materials: string[] } } {
  if (!lists.field && !lists.material) return {};
  return { concerns: { fields: lists.field ?? [], materials: lists.material ?? [] } };
}

/** A card number in a reason is masked like the payee card, as the console's reasons are (shared/mask.ts). */
function cardMasked(reason: string | undefined): string | undefined {
  return reason === undefined ? undefined : maskBankCardNumbers(reason);
}

async function run(app: AppContext, sub: string | undefined, args: string[]): Promise<unknown> {
  const { positional, opts, lists } = options(args);
  if (positional.length > 0 && opts.id !== undefined && positional[0] !== opts.id) {
    throw new RuleError('INVALID_INPUT', `申请编号写了两个：${positional[0]} 和 --id ${opts.id}`, 'id');
  }
  const id = positional[0] ?? opts.id;
  if (sub && ACCOUNT_COMMANDS.has(sub)) return staffAccounts(app, sub, positional, opts);
  // As a console account: its role and scope apply (the --staff name is then not used).
  if (opts.as !== undefined && sub) return actAs(app, opts.as, sub, id, opts, concerns(lists));
  switch (sub) {
    case 'list': {
      const status = opts.status ?? 'submitted';
      if (status !== 'all' && !STATUSES.includes(status as ApplicationStatus)) {
        throw new RuleError('INVALID_INPUT', `未知的状态：${status}`, 'status');
      }
      const page = {
        ...(opts.cursor ? { cursor: opts.cursor } : {}),
        ...(opts.limit ? { limit: Number(opts.limit) } : {}),
        // A number is looked up whatever the status, unless --status names one.
        ...(opts.number !== undefined ? { number: opts.number } : {}),
      };
      const byNumber = opts.number !== undefined && opts.status === undefined;
      const office = officeOption(opts.region, opts.area);
      const scoped = { ...page, ...(office ? { office } : {}) };
      return staffList(app, status === 'all' || byNumber ? scoped : { status: status as ApplicationStatus, ...scoped });
    }
    case 'show':
      return staffShow(app, { id });
    case 'accept':
      return accept(app, {
        id,
        staff: opts.staff,
        ...(opts.amount !== undefined ? { amount: opts.amount } : {}),
        // A stay that matches one already paid is accepted only with the reason staff checked it (goes into the audit).
        ...(opts['confirm-duplicate'] !== undefined ? { confirmDuplicate: opts['confirm-duplicate'] } : {}),
      });
    case 'return':
      return returnApplication(app, { id, staff: opts.staff, reason: cardMasked(opts.reason), ...concerns(lists) });
    case 'reject':
      return reject(app, { id, staff: opts.staff, reason: cardMasked(opts.reason), ...concerns(lists) });
    case 'import-roster':
    case 'import-payments': {
      if (!id) throw new RuleError('INVALID_INPUT', `请指定要导入的 CSV 或 XLSX 文件：yibao staff ${sub} <文件>`);
      const common = { file: id, staff: opts.staff ?? null, allowErrors: opts['allow-errors'] === 'true' };
      return sub === 'import-roster' ? importRoster(app, { ...common, region: opts.region }) : importPayments(app, common);
    }
    default:
      throw new RuleError('INVALID_INPUT', `用法：\n${STAFF_USAGE}`);
  }
}

/**
 * `yibao staff …`: the insurance office's side of 异地就医备案, 手工报销 and the 优抚 非一站式 住院医疗补助 (accepting one
 * records it in the veteran's ledger), and loading the county's veterans roster and payment list, on the same store
 * the functions use.
 * Prints the masked view as JSON; refusals print the structured Chinese error and exit 2.
 */
export async function staffCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const app = await openAppContext();
  try {
    printJson(await (sub === 'identity' ? staffIdentity(app, rest) : run(app, sub, rest)));
    return 0;
  } finally {
    await app.store.close();
  }
}
