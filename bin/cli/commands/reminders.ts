import { openAppContext } from '../../../server/applications/open';
import { remindDeadlines } from '../../../server/notifications/deadlines';
import { RuleError } from '../../../shared/errors';
import { todayInChina } from '../../../shared/dates';
import { printJson } from '../io';

export const REMINDERS_USAGE = `  yibao reminders run [--today YYYY-MM-DD]   给年度记录里快到报销截止日的就医写提醒消息（已订阅的发服务通知），默认今天（北京时间）`;

/** The `--today` of `reminders run`, or China's today; anything else is refused naming the option. */
function todayOf(args: string[]): string {
  if (args.length === 0) return todayInChina();
  if (args.length === 2 && args[0] === '--today') return args[1];
  throw new RuleError('INVALID_INPUT', `不认识的参数：${args.join(' ')}。用法：yibao reminders run [--today YYYY-MM-DD]`, 'today');
}

/**
 * `yibao reminders run`: the daily deadline reminder (server/notifications/deadlines.ts) on the store the functions
 * use, as the messages function's 定时触发器 runs it; run again the same day it writes nothing twice.
 */
export async function remindersCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'run') throw new RuleError('INVALID_INPUT', `用法：yibao reminders run [--today YYYY-MM-DD]`);
  const today = todayOf(rest);
  const app = await openAppContext();
  try {
    printJson({ today, ...(await remindDeadlines(app, today)) });
    return 0;
  } finally {
    await app.store.close();
  }
}
