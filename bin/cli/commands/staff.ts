import { accept, reject, returnApplication, staffList, staffShow } from '../../../server/applications';
import { openAppContext } from '../../../server/applications/open';
import type { AppContext } from '../../../server/applications/context';
import type { ApplicationStatus } from '../../../server/store/types';
import { RuleError } from '../../../shared/errors';
import { printJson } from '../io';

const STATUSES: ApplicationStatus[] = ['draft', 'submitted', 'accepted', 'returned', 'rejected', 'withdrawn'];

export const STAFF_USAGE = `  yibao staff list [--status submitted|accepted|returned|rejected|withdrawn|all]
  yibao staff show <申请编号>
  yibao staff accept <申请编号> --staff <经办人>
  yibao staff return <申请编号> --staff <经办人> --reason <退回原因>
  yibao staff reject <申请编号> --staff <经办人> --reason <不予受理原因>
  （数据目录取 DATA_DIR，默认 ./data；配置 TCB_ENV 时使用云开发数据库）`;

/** `--name value` options after the positional arguments. */
function options(args: string[]): { positional: string[]; opts: Record<string, string> } {
  const positional: string[] = [];
  const opts: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--')) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new RuleError('INVALID_INPUT', `选项 ${a} 缺少取值`, a.slice(2));
      opts[a.slice(2)] = value;
      i++;
    } else positional.push(a);
  }
  return { positional, opts };
}

async function run(app: AppContext, sub: string | undefined, args: string[]): Promise<unknown> {
  const { positional, opts } = options(args);
  const [id] = positional;
  switch (sub) {
    case 'list': {
      const status = opts.status ?? 'submitted';
      if (status !== 'all' && !STATUSES.includes(status as ApplicationStatus)) {
        throw new RuleError('INVALID_INPUT', `未知的状态：${status}`, 'status');
      }
      return staffList(app, status === 'all' ? {} : { status: status as ApplicationStatus });
    }
    case 'show':
      return staffShow(app, { id });
    case 'accept':
      return accept(app, { id, staff: opts.staff });
    case 'return':
      return returnApplication(app, { id, staff: opts.staff, reason: opts.reason });
    case 'reject':
      return reject(app, { id, staff: opts.staff, reason: opts.reason });
    default:
      throw new RuleError('INVALID_INPUT', `用法：\n${STAFF_USAGE}`);
  }
}

/**
 * `yibao staff …`: the insurance office's side of 异地就医备案 and 手工报销, on the same store the functions use.
 * Prints the masked view as JSON; refusals print the structured Chinese error and exit 2.
 */
export async function staffCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const app = await openAppContext();
  try {
    printJson(await run(app, sub, rest));
    return 0;
  } finally {
    await app.store.close();
  }
}
