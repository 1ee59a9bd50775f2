import type { AppContext } from '../applications/context';
import { nowIso } from '../applications/context';
import { RuleError } from '../../shared/errors';
import { isIsoDate } from '../../shared/dates';
import { maskIdNumbersInText } from '../../shared/idcard';
import { citationText } from '../../shared/source';
import { isDueSoon, openClaims, type ClaimCase, type OpenClaim } from '../../shared/onething/claims';
import { chineseDate } from '../../shared/onething/checklist';
import type { MessageRecord, StoredYearRecord } from '../store/types';
import { cut } from './content';
import { digest, notificationsOf, sendOne } from './service';

/**
 * Deadlines, remembered (issue 18): once a day, every stay of every account's year record whose claim falls due within
 * the home page's reminder window (REMIND_DAYS, shared/onething/claims.ts) and has no 结算单 recorded gets one 消息 in
 * that account's list — its id a hash of (account, record, stay, rule, due day), so the next run, the same day or the
 * next, finds it and writes nothing — and, where the account accepted the 'deadline' template, one 服务通知 with the
 * same credit rules as a staff decision (service.ts sendOne).
 */

export interface ReminderRun {
  /** Year records read. */
  records: number;
  /** New 消息 written (a reminder already written is not counted again). */
  written: number;
}

interface Due {
  message: MessageRecord;
  claim: OpenClaim;
}

/** The deadline template's keywords, chosen in the 公众平台 like the decision ones (content.ts templateData). */
function deadlineData(claim: OpenClaim): Record<string, { value: string }> {
  return {
    thing1: { value: cut(claim.rule.title, 20) },
    date2: { value: chineseDate(claim.due) },
    thing3: { value: cut('出院未直接结算的，请按时办理', 20) },
  };
}

function messageOf(record: StoredYearRecord, entryId: string, label: string | undefined, who: string, c: ClaimCase, claim: OpenClaim, at: string): MessageRecord {
  const { rule } = claim;
  // The label is what she typed: masked again, as every typed text that reaches a message is.
  const stay = label ? `“${maskIdNumbersInText(label)}”` : '就医';
  return {
    id: digest('deadline', record.openid, record.id, entryId, rule.id, claim.due),
    openid: record.openid,
    applicationId: null,
    yearRecord: { person: record.person, year: record.year },
    event: 'deadline',
    title: `${rule.title}：最晚 ${chineseDate(claim.due)}`,
    body:
      `${who}${chineseDate(c.date)}的${stay}在年度记录里还没有结算单。出院时没有直接结算的，${rule.title}的期限是：` +
      `${rule.words}（${citationText(rule.source)}），即最晚 ${chineseDate(claim.due)}。办理：${rule.where}。` +
      '已经结算或报销的，在年度记录里记下结算单，就不再提醒。',
    createdAt: at,
    read: false,
    readAt: null,
  };
}

/** Whose stay it is, in the message: 您, or the saved family member's name (another account's member is never read). */
async function whoOf(ctx: AppContext, record: StoredYearRecord): Promise<string> {
  if (record.person === 'self') return '您';
  const m = await ctx.store.getFamilyMember(record.person);
  return m && m.openid === record.openid ? `${m.name} ` : '您的家人';
}

/** The claims of one record due within the window today, not settled, as the messages they make. */
async function duesOf(ctx: AppContext, record: StoredYearRecord, today: string, at: string): Promise<Due[]> {
  const out: Due[] = [];
  let who: string | undefined;
  for (const e of record.entries) {
    if (e.deletedAt !== undefined || !e.case) continue;
    const c: ClaimCase = e.case;
    let claims: OpenClaim[];
    try {
      claims = openClaims(c, Boolean(e.settled), today).filter(isDueSoon);
    } catch {
      // A stored date that is not a calendar day (the schema refuses those): nothing to remind of, the rest still runs.
      continue;
    }
    for (const claim of claims) {
      who ??= await whoOf(ctx, record);
      out.push({ claim, message: messageOf(record, e.id, e.label, who, c, claim, at) });
    }
  }
  return out;
}

/**
 * One run for `today` (YYYY-MM-DD, China civil date): every year record, a page at a time, to the last page. A failed
 * send is logged and never stops the run; the in-app 消息 are written whatever WeChat answers.
 */
export async function remindDeadlines(ctx: AppContext, today: string): Promise<ReminderRun> {
  if (typeof today !== 'string' || !isIsoDate(today)) throw new RuleError('INVALID_INPUT', '提醒日期：须为 YYYY-MM-DD 格式的日期', 'today');
  const config = notificationsOf(ctx);
  const at = nowIso(ctx);
  let records = 0;
  let written = 0;
  let cursor: string | undefined;
  do {
    const page = await ctx.store.listYearRecords({ limit: 100, ...(cursor ? { cursor } : {}) });
    for (const record of page.items) {
      records++;
      const dues = await duesOf(ctx, record, today, at);
      if (dues.length === 0) continue;
      const fresh = await ctx.store.transaction(async (tx) => {
        const added: Due[] = [];
        for (const d of dues) {
          if (await tx.getMessage(d.message.id)) continue;
          await tx.insertMessage(d.message);
          added.push(d);
        }
        return added;
      });
      written += fresh.length;
      for (const d of fresh) {
        try {
          await sendOne(ctx, config, d.message, deadlineData(d.claim), `年度记录 ${record.id}`);
        } catch (error) {
          config.log(`[notifications] 服务通知未发出（年度记录 ${record.id}）：${(error as Error).message}`);
        }
      }
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { records, written };
}
