import type { AppContext } from '../../applications/context';
import { nowDate } from '../../applications/context';
import { notFound } from '../../applications/errors';
import { RuleError } from '../../../shared/errors';
import { todayInChina } from '../../../shared/dates';
import { idNumberProblem, maskIdNumber } from '../../../shared/idcard';
import { fen, money } from '../../../shared/money';
import type { VeteranLedgerView, VeteranRosterHit } from '../../../shared/contract/staff';
import type { Page, VeteranRosterRecord } from '../../store/types';
import { ledgerId } from '../../veteran/ledger';
import { categoryLabel, rulesVeteranOf, yearFigures } from '../../veteran/rules';
import { chinaTimeText } from '../china-time';
import type { StaffActor } from '../route';
import { rosterInScope, veteranRegionOf } from './scope';

/** Who reads a veteran's ledger: the 服务站 of the veteran's 乡（镇） and the 县退役军人事务局 (000 第六条). */
export const LEDGER_ROLES = ['reviewer', 'approver'] as const;

const KIND_LABEL = { outpatientAllowance: '定额门诊补助', inpatientSubsidy: '住院医疗补助' } as const;
const ROUTE_LABEL = { oneStop: '一站式', nonOneStop: '非一站式' } as const;

/**
 * One veteran's year as staff read it: the 定额门诊补助, the 住院医疗补助 paid against the annual cap and what is left of
 * it (the region's rules, server/veteran/rules.ts), and every payment. The person is found by the lookup hash of the
 * ID number, never by decrypting the roster; out of the actor's region or township it is the same NOT_FOUND as
 * nobody.
 */
/** `person`: a search hit's ref (the roster's lookup hash); either it or the ID number names the veteran. */
const REF_SHAPE = /^[0-9a-f]{16,128}$/;

export async function staffLedger(ctx: AppContext, actor: StaffActor, query: Record<string, string>): Promise<VeteranLedgerView> {
  veteranRegionOf(actor);
  const today = todayInChina(nowDate(ctx));
  const thisYear = Number(today.slice(0, 4));
  const idNumber = (query.idNumber ?? '').trim();
  const ref = (query.person ?? '').trim();
  if (ref === '' || idNumber !== '') {
    const problem = idNumber === '' ? '请填写身份证号' : idNumberProblem(idNumber, today);
    if (problem) throw new RuleError('INVALID_INPUT', `身份证号：${problem}`, 'idNumber');
  } else if (!REF_SHAPE.test(ref)) throw notFound();
  const year = query.year === undefined || query.year === '' ? thisYear : Number(query.year);
  if (!Number.isInteger(year) || year < 2000 || year > thisYear) throw new RuleError('INVALID_INPUT', `年度：请填 2000 到 ${thisYear} 之间的年份`, 'year');
  const hash = idNumber !== '' ? ctx.cipher.hash(idNumber) : ref;
  const roster = await ctx.store.getVeteranRoster(hash);
  if (!roster || !rosterInScope(actor, roster)) throw notFound();
  const ledger = await ctx.store.getVeteranLedger(ledgerId(hash, year));
  const payments = await ctx.store.listVeteranPayments(hash, year);
  const paid = ledger?.inpatientPaid ?? '0.00';
  const figures = yearFigures(rulesVeteranOf(roster), `${year}-12-31`, paid);
  const rules = figures instanceof RuleError ? null : figures;
  return {
    person: {
      name: roster.name,
      idNumber: idNumber !== '' ? maskIdNumber(idNumber) : roster.idNumber.masked,
      category: categoryLabel(rulesVeteranOf(roster)),
      county: roster.county,
      township: roster.township,
      rosterYear: roster.rosterYear,
    },
    year,
    allowance: {
      standard: rules?.outpatientAllowance ?? null,
      paid: ledger?.outpatientAllowance ? { amount: ledger.outpatientAllowance.amount, date: ledger.outpatientAllowance.date } : null,
    },
    inpatientPaid: fen(money(paid)),
    inpatientCount: ledger?.inpatientCount ?? 0,
    annualCap: rules?.annualCap ?? null,
    remainingCap: rules?.remainingCap ?? null,
    rulesNote: figures instanceof RuleError ? figures.message : rules && !rules.eligible ? '按本地区文件，该人员不享受优抚对象医疗补助' : null,
    payments: payments.map((p) => ({
      date: p.date,
      kind: KIND_LABEL[p.kind],
      route: p.route ? ROUTE_LABEL[p.route] : null,
      amount: p.amount,
      hospital: p.hospital,
      reference: p.reference,
      source: p.applicationId ? '非一站式申请' : p.importId ? '发放名单导入' : '登记',
      recordedAtText: chinaTimeText(p.recordedAt),
    })),
  };
}

const NAME_QUERY = /^[\u4e00-\u9fa5·]{1,20}$/;

/**
 * GET /veteran/ledger/search?q=&cursor=&limit=: the veterans of the actor's scope (region, and 乡（镇） or 县 for an
 * account of one) by name — exact or its beginning, on the roster's own name field — or by an 18-digit ID number,
 * matched by its lookup hash (the roster is never decrypted). Paged, with the total. A hit's `ref` opens the ledger
 * (`/veteran/ledger?person=ref`). Out of scope is the same as nobody: no hit.
 */
export async function searchLedger(ctx: AppContext, actor: StaffActor, query: Record<string, string>): Promise<Page<VeteranRosterHit>> {
  const region = veteranRegionOf(actor);
  const q = (query.q ?? '').trim().replace(/\s+/g, '');
  const limit = query.limit === undefined || query.limit === '' ? 20 : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new RuleError('INVALID_INPUT', '每页条数：须为 1 到 100 之间的整数', 'limit');
  const cursor = query.cursor === undefined || query.cursor === '' ? undefined : query.cursor;
  if (cursor !== undefined && cursor.length > 300) throw new RuleError('INVALID_INPUT', '翻页位置无效，请从第一页重新查看', 'cursor');
  if (/^\d{17}[\dXx]$/.test(q)) {
    const roster = await ctx.store.getVeteranRoster(ctx.cipher.hash(q.toUpperCase()));
    const items = roster && rosterInScope(actor, roster) ? [hitOf(roster)] : [];
    return { items, total: items.length, nextCursor: null };
  }
  if (!NAME_QUERY.test(q)) throw new RuleError('INVALID_INPUT', '查询：请填写姓名（汉字，可只写开头）或 18 位身份证号', 'q');
  const page = await ctx.store.listVeteranRoster({
    region,
    ...(actor.area !== null ? { area: actor.area } : {}),
    namePrefix: q,
    limit,
    ...(cursor !== undefined ? { cursor } : {}),
  });
  return { ...page, items: page.items.map(hitOf) };
}

function hitOf(r: VeteranRosterRecord): VeteranRosterHit {
  return {
    ref: r.idHash,
    name: r.name,
    idNumberMasked: r.idNumber.masked,
    category: categoryLabel(rulesVeteranOf(r)),
    county: r.county,
    township: r.township,
    rosterYear: r.rosterYear,
  };
}
