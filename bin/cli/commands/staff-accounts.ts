import { readFileSync } from 'fs';
import type { AppContext } from '../../../server/applications/context';
import { authenticate } from '../../../server/staff/accounts/login';
import { changeAccess, createUser, resetPassword, setDisabled, userView } from '../../../server/staff/accounts/users';
import { listAccountAudit } from '../../../server/staff/accounts/audit';
import { staffApplicationRoutes } from '../../../server/staff/routes';
import type { StaffActor } from '../../../server/staff/route';
import { RuleError } from '../../../shared/errors';

export const STAFF_ACCOUNTS_USAGE = `  yibao staff add-user --name <登录名> --role reviewer|approver|admin --region <地区> [--township <区县、城市或乡镇>] [--display-name <姓名>]   （密码从标准输入读取）
  yibao staff users [--region <地区>] [--limit 20] [--cursor <nextCursor>]
  yibao staff disable <登录名>      yibao staff enable <登录名>
  yibao staff reset-password <登录名>   （新密码从标准输入读取；该账号已登录的会话全部结束）
  yibao staff set-access <登录名> --role reviewer|approver|admin --region <地区> [--township <区县、城市或乡镇>]   （该账号已登录的会话全部结束）
  yibao staff account-log [--login <登录名>] [--limit 20] [--cursor <nextCursor>]   （账号变更记录：谁、何时、从哪里、改了什么，最新的在前）
  list、show、accept、return、reject 加 --as <登录名> 时以该账号的角色和范围办理（密码取 YIBAO_STAFF_PASSWORD，否则从标准输入读取）`;

/**
 * A password from standard input (its first line), never from the command line, where `ps` and the shell history
 * would keep it: `read -s P; printf '%s\n' "$P" | npx yibao staff add-user …`, or `< 文件`.
 */
export function passwordFromStdin(read: () => string = () => readFileSync(0, 'utf8')): string {
  if (process.stdin.isTTY) {
    throw new RuleError('INVALID_INPUT', "请从标准输入提供密码（不要写在命令行上），例如：read -s P; printf '%s\\n' \"$P\" | npx yibao staff …");
  }
  let text: string;
  try {
    text = read();
  } catch {
    throw new RuleError('INVALID_INPUT', '无法从标准输入读取密码');
  }
  const line = text.split(/\r?\n/)[0] ?? '';
  if (line === '') throw new RuleError('INVALID_INPUT', '密码：必须填写（从标准输入读取）', 'password');
  return line;
}

/**
 * `yibao staff add-user|users|disable|enable|reset-password|set-access|account-log`: whoever holds the data directory
 * manages every account; each change is in the account audit as the command line's, with the system user.
 */
export async function staffAccounts(app: AppContext, sub: string, positional: string[], opts: Record<string, string>): Promise<unknown> {
  switch (sub) {
    case 'add-user':
      if (!opts.name) throw new RuleError('INVALID_INPUT', `登录名：必须填写（--name）\n用法：\n${STAFF_ACCOUNTS_USAGE}`, 'login');
      return createUser(app, null, {
        login: opts.name,
        name: opts['display-name'] ?? opts.name,
        role: opts.role,
        region: opts.region,
        area: opts.township ?? null,
        password: passwordFromStdin(),
      });
    case 'users': {
      const page = await app.store.listStaffUsers({
        ...(opts.region ? { region: opts.region } : {}),
        ...(opts.cursor ? { cursor: opts.cursor } : {}),
        ...(opts.limit ? { limit: Number(opts.limit) } : {}),
      });
      return { ...page, items: page.items.map(userView) };
    }
    case 'disable':
    case 'enable':
      return setDisabled(app, null, positional[0], sub === 'disable');
    case 'reset-password':
      return resetPassword(app, null, positional[0], { password: passwordFromStdin() });
    case 'set-access':
      return changeAccess(app, null, positional[0], { role: opts.role, region: opts.region, area: opts.township ?? null });
    case 'account-log':
      return listAccountAudit(app, null, {
        ...(opts.login !== undefined ? { login: opts.login } : {}),
        ...(opts.cursor !== undefined ? { cursor: opts.cursor } : {}),
        ...(opts.limit !== undefined ? { limit: opts.limit } : {}),
      });
    default:
      throw new RuleError('INVALID_INPUT', `用法：\n${STAFF_ACCOUNTS_USAGE}`);
  }
}

export const ACCOUNT_COMMANDS = new Set(['add-user', 'users', 'disable', 'enable', 'reset-password', 'set-access', 'account-log']);

/**
 * `--as LOGIN`: the command acts as that staff account, through the console's own handlers (server/staff/
 * applications), so the account's role and scope apply exactly as in the browser; the password is checked like a
 * console login (counted, locking).
 */
export async function actAs(
  app: AppContext,
  login: string,
  sub: string,
  id: string | undefined,
  opts: Record<string, string>,
  concerns: { concerns?: { fields: string[]; materials: string[] } },
): Promise<unknown> {
  const password = process.env.YIBAO_STAFF_PASSWORD || passwordFromStdin();
  const actor: StaffActor = userView(await authenticate(app, { login, password }, 'cli'));
  const enc = encodeURIComponent(id ?? '');
  const request: { method: 'GET' | 'POST'; path: string; query: Record<string, string>; body: unknown } | null =
    sub === 'list'
      ? {
          method: 'GET',
          path: '/applications',
          query: Object.fromEntries(
            Object.entries({ status: opts.status, limit: opts.limit, cursor: opts.cursor, q: opts.number, type: opts.type, area: opts.area, from: opts.from, to: opts.to }).filter(
              (e): e is [string, string] => e[1] !== undefined,
            ),
          ),
          body: null,
        }
      : sub === 'show'
        ? { method: 'GET', path: `/applications/${enc}`, query: {}, body: null }
        : sub === 'accept'
          ? {
              method: 'POST',
              path: `/applications/${enc}/accept`,
              query: {},
              body: { ...(opts.amount !== undefined ? { amount: opts.amount } : {}), ...(opts['confirm-duplicate'] !== undefined ? { confirmDuplicate: opts['confirm-duplicate'] } : {}) },
            }
          : sub === 'return' || sub === 'reject'
            ? { method: 'POST', path: `/applications/${enc}/${sub}`, query: {}, body: { reason: opts.reason, ...concerns } }
            : null;
  if (!request) throw new RuleError('INVALID_INPUT', `--as 只用于 list、show、accept、return、reject`, 'as');
  for (const route of staffApplicationRoutes()) {
    const match = route.method === request.method ? request.path.match(route.pattern) : null;
    if (!match) continue;
    if (!route.roles.includes(actor.role)) throw new RuleError('INVALID_INPUT', `账号 ${actor.login} 的角色不能${sub === 'list' || sub === 'show' ? '查看申请' : '办理申请'}`, 'as');
    return route.handle(app, actor, match, { query: request.query, body: request.body, via: 'cli' });
  }
  throw new RuleError('INVALID_INPUT', `用法：\n${STAFF_ACCOUNTS_USAGE}`);
}
