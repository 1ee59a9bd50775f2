// Built by `npm run build:functions` into index.js; @cloudbase/node-sdk is its only installed dependency.
import { storeMain } from '../../server/cloud/store';
import { isTimerEvent, timerMain } from '../../server/cloud/timer';
import { messagesFunction } from '../../server/functions/messages';
import { remindDeadlines } from '../../server/notifications/deadlines';
import { todayInChina } from '../../shared/dates';

const calls = storeMain(messagesFunction);
/** The 定时触发器 (config.json, cloudbaserc.json): daily at 09:00 China time, the claims falling due (issue 18). */
const daily = timerMain((ctx) => remindDeadlines(ctx, todayInChina()));

export const main = (event: unknown) => (isTimerEvent(event) ? daily(event) : calls(event));
