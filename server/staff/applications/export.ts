import ExcelJS from 'exceljs';
import type { AppContext } from '../../applications/context';
import { nowDate, nowIso } from '../../applications/context';
import type { ApplicationQuery } from '../../store/store';
import { MAX_PAGE } from '../../store/store';
import type { ApplicationRecord, ApplicationStatus, AuditEntry } from '../../store/types';
import { STATUS_LABELS } from '../../applications/status';
import { summaryView } from '../../applications/view';
import { RuleError } from '../../../shared/errors';
import { applicationOffice } from '../../../shared/applications/offices';
import type { RawAnswer } from '../route';
import { type StaffActor, inScope } from './scope';
import { chinaDateBounds, chinaTimeText } from './china-time';
import { parseQueueQuery } from './requests';
import { searchFilter } from './search';

/**
 * GET /applications/export.xlsx?…QueueQuery: the queue under the same filters as the page (scope, status, type,
 * dates, area, search, order), every page of it, as one sheet. Above EXPORT_MAX_ROWS it refuses in Chinese rather
 * than cutting the list short: a sheet that silently misses applications is worse than none.
 */
export const EXPORT_MAX_ROWS = 5000;

export const EXPORT_COLUMNS = ['业务编号', '类型', '状态', '参保人', '代办人', '受理机构', '提交时间（北京时间）', '最近处理'] as const;

/** The last thing done to an application, as staff read it: "2026-12-01 14:00 李审核（bz-li）：已受理". */
function lastAction(entries: AuditEntry[]): string {
  const e = entries[entries.length - 1];
  if (!e) return '';
  const who = e.actor.role === 'staff' ? e.actor.id : '申请人';
  return `${chinaTimeText(e.at)} ${who}：${STATUS_LABELS[e.toStatus]}`;
}

function personText(p: { name?: string; idNumberMasked?: string } | null | undefined): string {
  if (!p) return '';
  return [p.name, p.idNumberMasked].filter(Boolean).join(' ');
}

async function allInQueue(ctx: AppContext, actor: StaffActor, query: Record<string, string>): Promise<ApplicationRecord[]> {
  // Every page: the page's own position and size do not narrow an export.
  const filters = Object.fromEntries(Object.entries(query).filter(([k]) => k !== 'cursor' && k !== 'limit'));
  const q = parseQueueQuery(filters);
  if (actor.area !== null && q.area !== undefined && q.area !== actor.area) return [];
  const area = actor.area ?? q.area;
  const status: ApplicationStatus | undefined = q.status === 'all' ? undefined : q.status;
  const base = {
    office: { region: actor.region, ...(area !== undefined ? { area } : {}) },
    submitted: chinaDateBounds(q.from, q.to),
    ...(q.type ? { type: q.type as ApplicationRecord['type'] } : {}),
    ...(q.q ? searchFilter(ctx, q.q) : {}),
    ...(status ? { status } : {}),
    order: q.order === 'newest' ? 'queueNewest' : 'queue',
  } as ApplicationQuery;
  const first = await ctx.store.listApplications({ ...base, limit: MAX_PAGE });
  if (first.total > EXPORT_MAX_ROWS) {
    throw new RuleError('INVALID_INPUT', `符合条件的申请有 ${first.total} 件，一次最多导出 ${EXPORT_MAX_ROWS} 件：请按日期、类型或状态缩小范围后分次导出`, 'filters');
  }
  const out = [...first.items];
  let next = first.nextCursor;
  while (next !== null && out.length < EXPORT_MAX_ROWS) {
    const page = await ctx.store.listApplications({ ...base, limit: MAX_PAGE, cursor: next });
    out.push(...page.items);
    next = page.nextCursor;
  }
  // The store filtered by scope; this is the last line against a filter that did not apply.
  if (out.some((r) => !inScope(actor, r))) throw new Error('staff export: the store returned an application outside the scope');
  return out;
}

export async function staffExport(ctx: AppContext, actor: StaffActor, query: Record<string, string>): Promise<RawAnswer> {
  const records = await allInQueue(ctx, actor, query);
  const audits: AuditEntry[][] = [];
  // A few reads at a time: each application's trail gives its 最近处理.
  for (let i = 0; i < records.length; i += 50) {
    audits.push(...(await Promise.all(records.slice(i, i + 50).map((r) => ctx.store.listAudit(r.id)))));
  }
  const book = new ExcelJS.Workbook();
  book.created = nowDate(ctx);
  const sheet = book.addWorksheet('申请队列');
  sheet.columns = EXPORT_COLUMNS.map((header, i) => ({ header, key: `c${i}`, width: [18, 26, 14, 28, 28, 18, 20, 36][i] }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  records.forEach((r, i) => {
    const v = summaryView(r, 'staff');
    sheet.addRow([
      v.number ?? v.id,
      v.typeLabel,
      v.statusLabel,
      personText(v.principal),
      v.agent ? `${personText(v.agent)}${v.agent.relationLabel ? `（${v.agent.relationLabel}）` : ''}` : '',
      applicationOffice(r.office)?.label ?? '',
      r.submittedAt ? chinaTimeText(r.submittedAt) : '',
      lastAction(audits[i]),
    ]);
  });
  const bytes = Buffer.from(await book.xlsx.writeBuffer());
  const stamp = chinaTimeText(nowIso(ctx)).replace(/[-: ]/g, '');
  return { raw: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes, fileName: `申请队列-${stamp}.xlsx` } };
}
