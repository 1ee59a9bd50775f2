import path from 'path';
import type { AppContext } from '../../applications/context';
import { newId, nowIso } from '../../applications/context';
import { RuleError } from '../../../shared/errors';
import { todayInChina } from '../../../shared/dates';
import { maskIdNumber } from '../../../shared/idcard';
import { money, yuan } from '../../../shared/money';
import { veteranRegion, type YearFigures } from '../../../shared/veteran';
import type { VeteranPaymentTexts } from '../../../shared/veteran/program';
import type { StoreTx } from '../../store/store';
import type { VeteranLedgerRecord, VeteranPaymentKind, VeteranPaymentRecord, VeteranPaymentRoute, VeteranRosterRecord } from '../../store/types';
import { addPayment, allowancePaymentId, emptyLedger, ledgerId, listedPaymentId } from '../ledger';
import { rulesVeteranOf, yearFigures } from '../rules';
import { ColumnSpec, CellProblem, amountOf, cellOf, choiceOf, dateOf, idNumberOf, mapColumns, optionalText, personNameCell } from './cells';
import { ImportRefused, RowError, read, rowError } from './report';
import { readTable, type Table } from './table';
import { ChangedMeanwhile, writeInChunks } from './chunks';

type PaymentColumn = 'name' | 'idNumber' | 'kind' | 'route' | 'date' | 'amount' | 'hospital' | 'reference';

/** The payment list's columns (发放名单). The README's table is this list. */
export const PAYMENT_COLUMNS: ColumnSpec<PaymentColumn>[] = [
  { id: 'name', header: '姓名', aliases: [], required: true, content: '须与名册一致' },
  { id: 'idNumber', header: '身份证号', aliases: ['身份证号码', '公民身份号码', '证件号码'], required: true, content: '18 位，单元格设为文本；须已在名册中' },
  { id: 'kind', header: '补助类型', aliases: ['类型', '补助项目', '项目'], required: true, content: '定额门诊补助 或 住院补助（住院医疗补助）' },
  { id: 'route', header: '结算方式', aliases: ['办理方式'], required: false, content: '住院补助必填：一站式（县内住院，出院时在定点医院结算）或 非一站式（县外住院，经乡镇服务站申请）；定额门诊补助留空' },
  { id: 'date', header: '发放日期', aliases: ['日期', '结算日期', '拨付日期'], required: true, content: '2026-03-15（也可 2026/3/15 或 Excel 日期单元格）；补助计入这一天所在年度' },
  { id: 'amount', header: '金额', aliases: ['补助金额', '发放金额', '金额(元)'], required: true, content: '元，大于 0，最多两位小数' },
  { id: 'hospital', header: '医院', aliases: ['医疗机构', '就医医院', '住院医院'], required: false, content: '住院补助必填：住院的医疗机构；定额门诊补助留空' },
  { id: 'reference', header: '单据号', aliases: ['凭证号', '结算单号', '票据号'], required: false, content: '可选：同一人同一天在同一医院有两笔相同金额时，用它区分' },
];

const LABEL = Object.fromEntries(PAYMENT_COLUMNS.map((c) => [c.id, c.header])) as Record<PaymentColumn, string>;

const KINDS: Record<string, VeteranPaymentKind> = {
  定额门诊补助: 'outpatientAllowance',
  门诊定额补助: 'outpatientAllowance',
  outpatientAllowance: 'outpatientAllowance',
  住院补助: 'inpatientSubsidy',
  住院医疗补助: 'inpatientSubsidy',
  inpatientSubsidy: 'inpatientSubsidy',
};
const ROUTES: Record<string, VeteranPaymentRoute> = { 一站式: 'oneStop', 非一站式: 'nonOneStop', oneStop: 'oneStop', nonOneStop: 'nonOneStop' };

interface PaymentRow {
  line: number;
  name: string;
  hash: string;
  masked: string;
  kind: VeteranPaymentKind;
  route: VeteranPaymentRoute | null;
  date: string;
  amount: string;
  hospital: string | null;
  reference: string | null;
}

export interface PaymentImportSummary {
  ok: true;
  kind: 'payments';
  file: string;
  format: 'csv' | 'xlsx';
  rows: number;
  recorded: { outpatientAllowance: number; inpatientSubsidy: number };
  /** Rows already in the ledger (the same list imported again): left as they are. */
  unchanged: number;
  errors: RowError[];
  ignoredColumns: string[];
}

/** Cell checks that need nothing stored. */
function parseRows(ctx: AppContext, t: ReturnType<typeof mapColumns<PaymentColumn>>, today: string, errors: RowError[]): PaymentRow[] {
  const rows: PaymentRow[] = [];
  for (const row of t.rows) {
    const line = row.line;
    const before = errors.length;
    const cell = (id: PaymentColumn) => cellOf(t, row, id);
    const name = read(errors, line, LABEL.name, () => personNameCell(cell('name')));
    const idNumber = read(errors, line, LABEL.idNumber, () => idNumberOf(cell('idNumber')));
    const kind = read(errors, line, LABEL.kind, () => {
      const k = choiceOf(cell('kind'), KINDS, '定额门诊补助、住院补助');
      if (k === null) throw new CellProblem('不能为空');
      return k;
    });
    const route = read(errors, line, LABEL.route, () => {
      const r = choiceOf(cell('route'), ROUTES, '一站式、非一站式');
      if (kind === 'inpatientSubsidy' && r === null) throw new CellProblem('住院补助须填写一站式或非一站式');
      if (kind === 'outpatientAllowance' && r !== null) throw new CellProblem('定额门诊补助不填结算方式');
      return r;
    });
    const date = read(errors, line, LABEL.date, () => {
      const d = dateOf(cell('date'));
      if (d > today) throw new CellProblem(`${d} 晚于今天，发放名单只登记已经发放的补助`);
      return d;
    });
    const amount = read(errors, line, LABEL.amount, () => amountOf(cell('amount')));
    const hospital = read(errors, line, LABEL.hospital, () => {
      const h = optionalText(cell('hospital'), 60);
      if (kind === 'inpatientSubsidy' && h === null) throw new CellProblem('住院补助须填写住院的医疗机构');
      return h;
    });
    const reference = read(errors, line, LABEL.reference, () => optionalText(cell('reference'), 40));
    if (errors.length > before) continue;
    const sealedHash = ctx.cipher.hash(idNumber as string);
    rows.push({
      line,
      name: name as string,
      hash: sealedHash,
      masked: maskIdNumber(idNumber as string),
      kind: kind as VeteranPaymentKind,
      route: route ?? null,
      date: date as string,
      amount: amount as string,
      hospital: kind === 'inpatientSubsidy' ? (hospital ?? null) : null,
      reference: reference ?? null,
    });
  }
  return rows;
}

/** Per person and year while checking: the stored ledger plus the rows of this file accepted so far. */
interface YearState {
  ledger: VeteranLedgerRecord;
  figures: YearFigures | null;
  /** The person's region's words for a refusal. */
  texts: VeteranPaymentTexts;
  allowanceLine: number | null;
  inpatientPaid: ReturnType<typeof money>;
}

/** A checked row to write, with the year's cap to check again when it is written (null: none applies). */
export interface PlannedPayment {
  line: number;
  payment: VeteranPaymentRecord;
  cap: string | null;
}

/**
 * Every row against the store as it stands and against the rows before it in the file: the roster, the year's
 * standard and cap, what is already recorded. Reads outside any transaction (a file's worth of reads would not fit
 * in one); what a chunk writes is checked again inside its own transaction (`writePayments`).
 */
async function checkRows(
  store: StoreTx,
  rows: PaymentRow[],
  parseErrors: RowError[],
  stamp: Pick<VeteranPaymentRecord, 'importId' | 'recordedBy' | 'recordedAt'>,
  inScope: (roster: VeteranRosterRecord) => boolean = () => true,
): Promise<{ planned: PlannedPayment[]; unchanged: number; errors: RowError[] }> {
  const rowErrors: RowError[] = [...parseErrors];
  const rosters = new Map<string, VeteranRosterRecord | null>();
  const seen: Seen = { years: new Map(), figures: new Map() };
  const fileIds = new Map<string, number>();
  const planned: PlannedPayment[] = [];
  let unchanged = 0;

  for (const r of rows) {
    if (!rosters.has(r.hash)) rosters.set(r.hash, await store.getVeteranRoster(r.hash));
    const stored = rosters.get(r.hash)!;
    // Out of the importer's scope reads as not on the roster: the file learns nothing of other regions.
    const roster = stored && inScope(stored) ? stored : null;
    if (!roster) {
      rowErrors.push(rowError(r.line, LABEL.idNumber, `名册中没有该人员（${r.masked}），请先导入名册`));
      continue;
    }
    if (roster.name !== r.name) {
      rowErrors.push(rowError(r.line, LABEL.name, `“${r.name}”与名册中该身份证号的姓名“${roster.name}”不一致`));
      continue;
    }
    const year = Number(r.date.slice(0, 4));
    const state = await yearState(store, seen, roster, year, stamp.recordedAt);
    const payment: VeteranPaymentRecord = {
      id: r.kind === 'outpatientAllowance' ? allowancePaymentId(r.hash, year) : listedPaymentId({ idHash: r.hash, ...r }),
      idHash: r.hash,
      year,
      kind: r.kind,
      route: r.route,
      date: r.date,
      amount: r.amount,
      hospital: r.hospital,
      reference: r.reference,
      applicationId: null,
      ...stamp,
    };
    const problem = r.kind === 'outpatientAllowance' ? checkAllowance(r, state, year) : checkInpatient(r, state, year);
    if (problem === 'unchanged') {
      unchanged++;
      continue;
    }
    if (problem) {
      rowErrors.push(rowError(r.line, problem[0], problem[1]));
      continue;
    }
    if (r.kind === 'inpatientSubsidy') {
      const first = fileIds.get(payment.id);
      if (first !== undefined) {
        rowErrors.push(rowError(r.line, null, `与第 ${first} 行完全相同（同一人、同一日期、同一金额、同一医院）；如确为两笔，请填写单据号区分`));
        continue;
      }
      if ((await store.getVeteranPayment(payment.id)) !== null) {
        unchanged++;
        continue;
      }
      const capProblem = checkCap(r, state, year);
      if (capProblem) {
        rowErrors.push(rowError(r.line, LABEL.amount, capProblem));
        continue;
      }
      fileIds.set(payment.id, r.line);
      state.inpatientPaid = state.inpatientPaid.plus(r.amount);
    } else {
      state.allowanceLine = r.line;
    }
    planned.push({ line: r.line, payment, cap: r.kind === 'inpatientSubsidy' ? (state.figures?.annualCap ?? null) : null });
  }
  rowErrors.sort((a, b) => a.line - b.line);
  return { planned, unchanged, errors: rowErrors };
}

/**
 * One chunk in its transaction. A payment found already recorded (a run that stopped part-way, or another import
 * meanwhile) is left as it is; the cap is checked again against the ledger as it is now, so a claim accepted
 * between the check and the write can never take a year past its cap.
 */
async function writePayments(tx: StoreTx, chunk: PlannedPayment[], at: string) {
  const c = { outpatientAllowance: 0, inpatientSubsidy: 0, unchanged: 0 };
  for (const { line, payment, cap } of chunk) {
    const stored = await tx.getVeteranPayment(payment.id);
    if (stored) {
      if (stored.amount === payment.amount && stored.date === payment.date) {
        c.unchanged++;
        continue;
      }
      throw new ChangedMeanwhile(line, `${payment.year} 年定额门诊补助已登记 ${yuan(stored.amount)}（${stored.date}）`);
    }
    if (cap !== null) {
      const ledger = await tx.getVeteranLedger(ledgerId(payment.idHash, payment.year));
      const total = money(ledger?.inpatientPaid ?? '0').plus(payment.amount);
      if (total.greaterThan(cap)) {
        throw new ChangedMeanwhile(line, `${payment.year} 年住院医疗补助累计将达 ${yuan(total)}，超过年最高限额 ${yuan(cap)}`);
      }
    }
    await addPayment(tx, payment, at);
    c[payment.kind]++;
  }
  return c;
}

/** A payment file as checked against the store as it stands: what would be written, and every refused row. */
export interface PaymentCheck {
  format: 'csv' | 'xlsx';
  rows: number;
  planned: PlannedPayment[];
  /** Rows already in the ledger (the same list imported again). */
  unchanged: number;
  errors: RowError[];
  ignoredColumns: string[];
  /** The stamp every payment carries (its import and who recorded it, when). */
  at: string;
}

export interface PaymentCheckOptions {
  staff: string | null;
  /** Whether the importer may record payments of this roster entry (the console: their region); a person out of it reads as not on the roster. */
  inScope?: (roster: VeteranRosterRecord) => boolean;
}

/** Every row of a payment list against the rules and the store; nothing is written. */
export async function checkPayments(ctx: AppContext, table: Table, options: PaymentCheckOptions): Promise<PaymentCheck> {
  const t = mapColumns(table, PAYMENT_COLUMNS, '发放名单');
  const today = todayInChina((ctx.now ?? (() => new Date()))());
  const errors: RowError[] = [];
  const rows = parseRows(ctx, t, today, errors);
  const at = nowIso(ctx);
  const checked = await checkRows(ctx.store, rows, errors, { importId: newId(), recordedBy: options.staff, recordedAt: at }, options.inScope);
  return { format: table.format, rows: t.rows.length, ...checked, ignoredColumns: t.ignoredColumns, at };
}

/** The checked payments into the ledger, in chunks of a few hundred, one transaction each (chunks.ts). */
export async function writeChecked(ctx: AppContext, checked: PaymentCheck): Promise<{ recorded: PaymentImportSummary['recorded']; unchanged: number }> {
  const recorded = { outpatientAllowance: 0, inpatientSubsidy: 0 };
  let unchanged = checked.unchanged;
  await writeInChunks(
    ctx,
    '发放名单',
    checked.planned,
    (tx, chunk) => writePayments(tx, chunk, checked.at),
    (c) => {
      recorded.outpatientAllowance += c.outpatientAllowance;
      recorded.inpatientSubsidy += c.inpatientSubsidy;
      unchanged += c.unchanged;
    },
  );
  return { recorded, unchanged };
}

/**
 * `yibao staff import-payments`: the county's payment list (发放名单) into the ledger. Each row must name a person
 * on the roster, under the roster's name; a 定额门诊补助 must match the year's standard and come once a year; 住院补助
 * may not take the year past its cap (the region's document, through its veteran program). Rows already recorded (the same list again) are left
 * alone. Every row is checked before anything is written (checkPayments); a file with a bad row writes nothing unless
 * `allowErrors`. The payments are then written in chunks (writeChecked); their ids are keyed by what they are, so
 * re-running a file that stopped part-way records each payment once.
 */
export async function importPayments(ctx: AppContext, options: { file: string; staff?: string | null; allowErrors: boolean }): Promise<PaymentImportSummary> {
  const table = await readTable(options.file);
  const checked = await checkPayments(ctx, table, { staff: options.staff ?? null });
  if (checked.errors.length > 0 && !options.allowErrors) throw new ImportRefused('发放名单', checked.errors);
  const { recorded, unchanged } = await writeChecked(ctx, checked);
  return {
    ok: true,
    kind: 'payments',
    file: path.basename(options.file),
    format: checked.format,
    rows: checked.rows,
    recorded,
    unchanged,
    errors: checked.errors,
    ignoredColumns: checked.ignoredColumns,
  };
}

/** What checking a file has worked out so far: each person-year, and the rules' figures for each kind of person. */
interface Seen {
  years: Map<string, YearState>;
  /**
   * The year's figures depend only on who the person is to the rules (region, category, grade, cause) and the year:
   * a county's list asks the rules a few dozen distinct questions, not one per row.
   */
  figures: Map<string, YearFigures | null>;
}

async function yearState(store: StoreTx, seen: Seen, roster: VeteranRosterRecord, year: number, at: string): Promise<YearState> {
  const key = ledgerId(roster.idHash, year);
  let state = seen.years.get(key);
  if (!state) {
    const ledger = (await store.getVeteranLedger(key)) ?? emptyLedger(roster.idHash, year, at);
    const who = rulesVeteranOf(roster);
    const question = [who.region, who.category, who.disabilityGrade, who.cause, year].join('|');
    if (!seen.figures.has(question)) {
      // The year's figures by the rules, read at the year's end; a year the rules do not cover checks no standard or cap.
      const figures = yearFigures(who, `${year}-12-31`, '0');
      seen.figures.set(question, figures instanceof RuleError ? null : figures);
    }
    const texts = veteranRegion(roster.region).veteran.payments;
    state = { ledger, figures: seen.figures.get(question)!, texts, allowanceLine: null, inpatientPaid: money(ledger.inpatientPaid) };
    seen.years.set(key, state);
  }
  return state;
}

/** Once a year, at the rules' standard for the person (none where it is 0). */
function checkAllowance(r: PaymentRow, s: YearState, year: number): [string, string] | 'unchanged' | null {
  const f = s.figures;
  if (f && !f.eligible) return [LABEL.kind, `${s.texts.notCounted}，没有定额门诊补助`];
  if (f && f.outpatientAllowance === '0.00') {
    return [LABEL.kind, s.texts.noAllowance];
  }
  if (s.allowanceLine !== null) return [LABEL.kind, `与第 ${s.allowanceLine} 行重复：定额门诊补助每人每年一次`];
  const recorded = s.ledger.outpatientAllowance;
  if (recorded) {
    if (recorded.amount === r.amount && recorded.date === r.date) return 'unchanged';
    return [LABEL.kind, `已登记 ${year} 年定额门诊补助 ${yuan(recorded.amount)}（${recorded.date}），每人每年一次`];
  }
  if (f && f.outpatientAllowance !== null && f.outpatientAllowance !== r.amount) {
    return [LABEL.amount, `${year} 年定额门诊补助标准为 ${yuan(f.outpatientAllowance)}（${s.texts.allowanceRule}），本行为 ${yuan(r.amount)}`];
  }
  return null;
}

function checkInpatient(_r: PaymentRow, s: YearState, _year: number): [string, string] | null {
  if (s.figures && !s.figures.eligible) return [LABEL.idNumber, `${s.texts.notCounted}，没有住院医疗补助`];
  return null;
}

/** The rules' annual cap, shared by 一站式 and 非一站式. */
function checkCap(r: PaymentRow, s: YearState, year: number): string | null {
  const cap = s.figures?.annualCap;
  if (!cap) return null;
  const total = s.inpatientPaid.plus(r.amount);
  if (total.lessThanOrEqualTo(cap)) return null;
  return `${year} 年住院医疗补助累计将达 ${yuan(total)}（此前 ${yuan(s.inpatientPaid)}），超过年最高限额 ${yuan(cap)}（${s.texts.capRule}）`;
}
