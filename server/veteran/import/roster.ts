import path from 'path';
import type { AppContext } from '../../applications/context';
import { newId, nowIso } from '../../applications/context';
import { RuleError } from '../../../shared/errors';
import { todayInChina } from '../../../shared/dates';
import { ownValue } from '../../../shared/own';
import { Cause, VeteranCategory, VeteranRegion } from '../../../shared/schemas/veteran';
import { veteranRegion } from '../../../shared/veteran';
import { rosterRegionWords } from './regions';
import type { VeteranRosterRecord } from '../../store/types';
import { ColumnSpec, CellProblem, cellOf, choiceOf, idNumberOf, mapColumns, optionalText, required, yearOf, personNameCell } from './cells';
import { ImportRefused, RowError, read, rowError } from './report';
import { readTable, type Table } from './table';
import { writeInChunks } from './chunks';

const WORDS = rosterRegionWords();

export type RosterColumn = 'name' | 'idNumber' | 'category' | 'disabilityGrade' | 'cause' | 'county' | 'township' | 'rosterYear' | 'region';

/** The roster file's columns (名册). The README's table is this list. */
export const ROSTER_COLUMNS: ColumnSpec<RosterColumn>[] = [
  { id: 'name', header: '姓名', aliases: [], required: true, content: '优抚对象姓名' },
  {
    id: 'idNumber',
    header: '身份证号',
    aliases: ['身份证号码', '公民身份号码', '证件号码'],
    required: true,
    content: '18 位公民身份号码（单元格设为文本）；导入时核对校验位，加密保存，输出中只显示前 6 位和后 4 位',
  },
  {
    id: 'category',
    header: '优抚类别',
    aliases: ['类别', '人员类别', '优抚对象类别'],
    required: true,
    content: '残疾军人；三属（或 烈士遗属、因公牺牲军人遗属、病故军人遗属）；在乡复员军人；带病回乡退役军人；参战参试退役人员',
  },
  { id: 'disabilityGrade', header: '残疾等级', aliases: ['伤残等级'], required: false, content: '残疾军人必填：1–10 或 一级–十级；其他类别留空' },
  {
    id: 'cause',
    header: '致残原因',
    aliases: ['伤残性质', '残疾性质'],
    required: false,
    content: `残疾军人填写：因战、因公、因病${WORDS.causeNotes ? `（${WORDS.causeNotes}）` : ''}；其他类别留空`,
  },
  { id: 'county', header: '县（市、区）', aliases: ['县', '县区', '所在县', '县(市、区)'], required: false, content: `所在县，例如 ${WORDS.exampleCounty}` },
  {
    id: 'township',
    header: '乡（镇）',
    aliases: ['乡镇', '所在乡镇', '乡镇(街道)', '乡(镇)'],
    required: true,
    content: '所在乡（镇）：办理非一站式补助的退役军人服务站',
  },
  { id: 'rosterYear', header: '名册年度', aliases: ['年度'], required: true, content: '名册所属年度，例如 2026' },
  { id: 'region', header: '地区', aliases: ['统筹区'], required: false, content: `${WORDS.column}；整份名册同一地区时可不设此列，改用 --region` },
];

const LABEL = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.id, c.header])) as Record<RosterColumn, string>;

const CATEGORIES: Record<string, VeteranCategory> = {
  残疾军人: 'disabled',
  残疾退役军人: 'disabled',
  伤残军人: 'disabled',
  disabled: 'disabled',
  三属: 'martyr-family',
  三属人员: 'martyr-family',
  烈士遗属: 'martyr-family',
  因公牺牲军人遗属: 'martyr-family',
  病故军人遗属: 'martyr-family',
  'martyr-family': 'martyr-family',
  在乡复员军人: 'demobilized-rural',
  'demobilized-rural': 'demobilized-rural',
  带病回乡退役军人: 'ill-returned',
  'ill-returned': 'ill-returned',
  参战参试退役人员: 'war-participant',
  参战退役人员: 'war-participant',
  参试退役人员: 'war-participant',
  'war-participant': 'war-participant',
};
const CAUSES: Record<string, Cause> = { 因战: 'war', 因公: 'duty', 因病: 'illness', war: 'war', duty: 'duty', illness: 'illness' };
/** What a 地区 cell or --region may say: each region's id and its roster aliases (from the manifests). */
export const REGIONS: Record<string, VeteranRegion> = WORDS.choices;
const GRADE_WORDS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function gradeOf(cell: Parameters<typeof optionalText>[0]): number | null {
  const s = optionalText(cell, 10);
  if (s === null) return null;
  const bare = s.replace(/级$/, '').replace(/\.0+$/, '');
  const n = /^\d+$/.test(bare) ? Number(bare) : GRADE_WORDS.indexOf(bare) + 1;
  if (!(n >= 1 && n <= 10)) throw new CellProblem(`“${s}”不是残疾等级，请填 1 到 10（或 一级 到 十级）`);
  return n;
}

export interface RosterRow {
  line: number;
  idNumber: string;
  hash: string;
  name: string;
  region: VeteranRegion;
  category: VeteranCategory;
  disabilityGrade: number | null;
  cause: Cause | null;
  county: string | null;
  township: string;
  rosterYear: number;
}

/**
 * Who counts: the checks every region shares, then the region's own document (its veteran program's
 * rosterProblem). A row that is not an 优抚对象 of its region is refused rather than stored unusable.
 */
function checkPerson(r: Omit<RosterRow, 'line' | 'idNumber' | 'hash'>): [RosterColumn, string] | null {
  if (r.category === 'disabled' && r.disabilityGrade === null) return ['disabilityGrade', '残疾军人须填写残疾等级（1 到 10 级）'];
  if (r.category !== 'disabled' && r.disabilityGrade !== null) return ['disabilityGrade', '只有残疾军人填写残疾等级'];
  if (r.category !== 'disabled' && r.cause !== null) return ['cause', '只有残疾军人填写致残原因'];
  const problem = veteranRegion(r.region).veteran.rosterProblem(r);
  return problem ? [problem.column, problem.message] : null;
}

export interface ImportOptions {
  file: string;
  /** The region of every row, when the file has no 地区 column (or a row leaves it empty). */
  region?: string;
  /** Who imported (recorded on each entry). */
  staff?: string | null;
  allowErrors: boolean;
}

export interface RosterImportSummary {
  ok: true;
  kind: 'roster';
  file: string;
  format: 'csv' | 'xlsx';
  rows: number;
  added: number;
  updated: number;
  /** Rows whose person already has an entry from a later year's roster: that entry is kept. */
  unchanged: number;
  /** Rows left out (only with --allow-errors). */
  errors: RowError[];
  ignoredColumns: string[];
}

/** The rows of a roster file as checked: what would be written, and every refused row. Nothing is written. */
export interface RosterCheck {
  format: 'csv' | 'xlsx';
  /** Data rows of the file. */
  rows: number;
  good: RosterRow[];
  errors: RowError[];
  ignoredColumns: string[];
}

export interface RosterCheckOptions {
  /** The region of every row without a 地区 cell (--region, or the console account's region). */
  region?: VeteranRegion;
  /** Why the importer may not write this row (the console: another region's or township's person); null when they may. */
  outOfScope?: (row: { region: VeteranRegion; county: string | null; township: string }) => [RosterColumn, string] | null;
}

/** --region as the CLI takes it: an id or an alias of a region with a 优抚 program. */
export function rosterRegionOption(region: string | undefined): VeteranRegion | undefined {
  const defaultRegion = region === undefined ? undefined : ownValue(REGIONS, region);
  if (region !== undefined && defaultRegion === undefined) {
    throw new RuleError('INVALID_INPUT', `--region：未知的地区“${region}”，可用 ${WORDS.option}`, 'region');
  }
  return defaultRegion;
}

/** Every row of a roster file against the rules; the store is not touched. */
export function checkRoster(ctx: AppContext, table: Table, options: RosterCheckOptions): RosterCheck {
  const defaultRegion = options.region;
  const t = mapColumns(table, ROSTER_COLUMNS, '名册');
  if (t.index.region === undefined && defaultRegion === undefined) {
    throw new RuleError('INVALID_INPUT', `名册没有“地区”列：请用 --region 指定名册所属地区（${WORDS.missing}）`, 'region');
  }
  const latestYear = Number(todayInChina((ctx.now ?? (() => new Date()))()).slice(0, 4)) + 1;
  const errors: RowError[] = [];
  const good: RosterRow[] = [];
  const seen = new Map<string, number>();
  for (const row of t.rows) {
    const line = row.line;
    const before = errors.length;
    const cell = (id: RosterColumn) => cellOf(t, row, id);
    const name = read(errors, line, LABEL.name, () => personNameCell(cell('name')));
    const idNumber = read(errors, line, LABEL.idNumber, () => idNumberOf(cell('idNumber')));
    const category = read(errors, line, LABEL.category, () => {
      const c = choiceOf(cell('category'), CATEGORIES, '残疾军人、三属、在乡复员军人、带病回乡退役军人、参战参试退役人员');
      if (c === null) throw new CellProblem('不能为空');
      return c;
    });
    const disabilityGrade = read(errors, line, LABEL.disabilityGrade, () => gradeOf(cell('disabilityGrade')));
    const cause = read(errors, line, LABEL.cause, () => choiceOf(cell('cause'), CAUSES, '因战、因公、因病'));
    const county = read(errors, line, LABEL.county, () => optionalText(cell('county'), 30));
    const township = read(errors, line, LABEL.township, () => required(cell('township'), 30));
    const rosterYear = read(errors, line, LABEL.rosterYear, () => yearOf(cell('rosterYear'), latestYear));
    const region = read(errors, line, LABEL.region, () => {
      const r = choiceOf(cell('region'), REGIONS, WORDS.cell) ?? defaultRegion;
      if (r === undefined) throw new CellProblem('不能为空（或用 --region 指定）');
      return r;
    });
    if (errors.length > before) continue;
    const person = {
      name: name as string,
      region: region as VeteranRegion,
      category: category as VeteranCategory,
      disabilityGrade: disabilityGrade ?? null,
      cause: cause ?? null,
      county: county ?? null,
      township: township as string,
      rosterYear: rosterYear as number,
    };
    const problem = options.outOfScope?.(person) ?? checkPerson(person);
    if (problem) {
      errors.push(rowError(line, LABEL[problem[0]], problem[1]));
      continue;
    }
    const hash = ctx.cipher.hash(idNumber as string);
    const first = seen.get(hash);
    if (first !== undefined) {
      errors.push(rowError(line, LABEL.idNumber, `与第 ${first} 行是同一个身份证号，每人只能有一行`));
      continue;
    }
    seen.set(hash, line);
    good.push({ line, idNumber: idNumber as string, hash, ...person });
  }
  return { format: table.format, rows: t.rows.length, good, errors, ignoredColumns: t.ignoredColumns };
}

/**
 * The checked rows into the store, in chunks of a few hundred, one transaction each (chunks.ts); entries are keyed
 * by person, so re-running a file that stopped part-way writes each person once.
 */
export async function writeRoster(
  ctx: AppContext,
  good: RosterRow[],
  staff: string | null,
): Promise<{ importId: string; added: number; updated: number; unchanged: number }> {
  const at = nowIso(ctx);
  const importId = newId();
  const counts = { added: 0, updated: 0, unchanged: 0 };
  await writeInChunks(
    ctx,
    '名册',
    good,
    async (tx, chunk) => {
      const c = { added: 0, updated: 0, unchanged: 0 };
      for (const r of chunk) {
        const existing = await tx.getVeteranRoster(r.hash);
        if (existing && existing.rosterYear > r.rosterYear) {
          c.unchanged++;
          continue;
        }
        const record: VeteranRosterRecord = {
          idHash: r.hash,
          idNumber: ctx.cipher.seal(r.idNumber),
          name: r.name,
          region: r.region,
          category: r.category,
          disabilityGrade: r.disabilityGrade,
          cause: r.cause,
          county: r.county,
          township: r.township,
          rosterYear: r.rosterYear,
          importId,
          importedBy: staff,
          importedAt: at,
        };
        await tx.putVeteranRoster(record);
        if (existing) c.updated++;
        else c.added++;
      }
      return c;
    },
    (c) => {
      counts.added += c.added;
      counts.updated += c.updated;
      counts.unchanged += c.unchanged;
    },
  );
  return { importId, ...counts };
}

/**
 * `yibao staff import-roster`: the county's roster (名册) into the store. Every row is checked first; a file with
 * any bad row imports nothing unless `allowErrors`, and then only the good rows (writeRoster).
 */
export async function importRoster(ctx: AppContext, options: ImportOptions): Promise<RosterImportSummary> {
  const region = rosterRegionOption(options.region);
  const table = await readTable(options.file);
  const checked = checkRoster(ctx, table, region === undefined ? {} : { region });
  if (checked.errors.length > 0 && !options.allowErrors) throw new ImportRefused('名册', checked.errors);
  const { added, updated, unchanged } = await writeRoster(ctx, checked.good, options.staff ?? null);
  return {
    ok: true,
    kind: 'roster',
    file: path.basename(options.file),
    format: checked.format,
    rows: checked.rows,
    added,
    updated,
    unchanged,
    errors: checked.errors,
    ignoredColumns: checked.ignoredColumns,
  };
}
