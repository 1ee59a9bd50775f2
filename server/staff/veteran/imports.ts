import { createHash } from 'crypto';
import { z } from 'zod';
import type { AppContext } from '../../applications/context';
import { nowDate, nowIso } from '../../applications/context';
import { ApplicationError } from '../../applications/errors';
import { RuleError } from '../../../shared/errors';
import { maskIdNumbersInText } from '../../../shared/idcard';
import { parseDescribed, type FieldLabels } from '../../../shared/schemas/describe';
import type {
  VeteranImportCommitResult,
  VeteranImportKind,
  VeteranImportPreview,
  VeteranImportRowView,
} from '../../../shared/contract/staff';
import { cellOf, mapColumns, textOf, type ColumnSpec } from '../../veteran/import/cells';
import { checkPayments, PAYMENT_COLUMNS, writeChecked, type PaymentCheck } from '../../veteran/import/payments';
import { ImportInterrupted, type RowError } from '../../veteran/import/report';
import { checkRoster, ROSTER_COLUMNS, writeRoster, type RosterCheck } from '../../veteran/import/roster';
import { tableOfBytes, type Table } from '../../veteran/import/table';
import { sizeText, VETERAN_CONSOLE_FILE_BYTES } from '../body-limits';
import type { StaffActor } from '../route';
import { forbidden } from '../errors';
import { rosterInScope, veteranRegionOf } from './scope';

/**
 * The console's roster and payment imports: the CLI's rules (server/veteran/import: checkRoster / checkPayments, then
 * writeRoster / writeChecked), split into a preview that writes nothing and a commit that writes all or nothing.
 *
 * The file is not kept on the server: the preview hands out a token sealed with the server's key (AES-GCM), bound
 * to the session, the account, the kind and the file's SHA-256, valid 15 minutes; the commit sends the file again
 * with it and is checked afresh. A commit whose check differs from the preview (the roster or the ledger changed
 * meanwhile) is refused, and each token commits once. Every commit is audited in the store's write-once meta
 * (who, when, file name, rows written).
 */

export const PREVIEW_TTL_MS = 15 * 60 * 1000;
/** Rows the preview sends (the first ones, plus every refused one): the summary counts them all. */
export const PREVIEW_ROWS = 500;
export const PREVIEW_ERRORS = 1000;
const TOKEN_FIELD = 'staff-veteran-import-token';
export const AUDIT_PREFIX = 'staff-veteran-import:';

/** Who keeps the roster and the payment list: 县退役军人事务局 认定身份及类别 and 审批拨付 (000 第六条、第七条). */
export const IMPORT_ROLES = ['approver'] as const;

const LABELS: Record<string, string> = { kind: '导入类型', fileName: '文件名', contentBase64: '文件内容', token: '预览令牌', allowErrors: '忽略错误行' };
const labels: FieldLabels = (path) => (path.length === 1 ? LABELS[String(path[0])] : undefined);

const fileInput = z.object({
  kind: z.enum(['roster', 'payments']),
  fileName: z.string().trim().min(1).max(200),
  // Base64 of at most the console's file size (4/3 of it, rounded up to whole groups).
  contentBase64: z
    .string()
    .min(1)
    .max(Math.ceil(VETERAN_CONSOLE_FILE_BYTES / 3) * 4 + 4096),
});
const commitInput = fileInput.extend({ token: z.string().min(1).max(1000), allowErrors: z.boolean().optional() });

const KIND_WORD: Record<VeteranImportKind, string> = { roster: '名册', payments: '发放名单' };

function fileBytes(v: z.infer<typeof fileInput>): Buffer {
  const b64 = v.contentBase64.replace(/\s+/g, '');
  if (/[^A-Za-z0-9+/=]/.test(b64) || /=[^=]|={3}/.test(b64) || b64.length % 4 === 1) throw new RuleError('INVALID_INPUT', '文件内容：不是有效的 Base64 编码', 'contentBase64');
  const bytes = Buffer.from(b64, 'base64');
  if (bytes.length === 0) throw new RuleError('INVALID_INPUT', '文件是空的：第一行应是列名，从第二行起每行一条记录', 'contentBase64');
  if (bytes.length > VETERAN_CONSOLE_FILE_BYTES) {
    throw new RuleError(
      'INVALID_INPUT',
      `文件太大（${sizeText(bytes.length)}），控制台一次最多导入 ${sizeText(VETERAN_CONSOLE_FILE_BYTES)}。请按乡（镇）分成几个文件分别导入`,
      'contentBase64',
    );
  }
  const lower = v.fileName.toLowerCase();
  if (!lower.endsWith('.csv') && !lower.endsWith('.xlsx')) throw new RuleError('INVALID_INPUT', '文件名：只接受 .csv 或 .xlsx 文件', 'fileName');
  if (lower.endsWith('.xlsx') && !(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new RuleError('INVALID_INPUT', '这个文件的扩展名是 .xlsx，但内容不是 Excel 文件（可能是改了扩展名的其他文件）。请在 Excel 中另存为 .xlsx 或 CSV（UTF-8）后再导入', 'fileName');
  }
  return bytes;
}

type Checked = { kind: 'roster'; check: RosterCheck } | { kind: 'payments'; check: PaymentCheck };

async function check(ctx: AppContext, actor: StaffActor, kind: VeteranImportKind, table: Table): Promise<Checked> {
  const region = veteranRegionOf(actor);
  if (kind === 'roster') {
    const outOfScope = (row: { region: string; county: string | null; township: string }) =>
      row.region !== region
        ? (['region', '不是本账号所在地区的优抚对象，不能导入'] as ['region', string])
        : rosterInScope(actor, { ...row, region })
          ? null
          : (['township', `不在本账号的辖区（${actor.area}）内，不能导入`] as ['township', string]);
    return { kind, check: checkRoster(ctx, table, { region, outOfScope }) };
  }
  return { kind, check: await checkPayments(ctx, table, { staff: actor.login, inScope: (r) => rosterInScope(actor, r) }) };
}

/** What the preview shows of the file: its mapped columns as text, ID numbers masked. */
function previewRows<Id extends string>(table: Table, specs: ColumnSpec<Id>[], what: string, errors: RowError[]): { columns: string[]; rows: VeteranImportRowView[] } {
  const t = mapColumns(table, specs, what);
  const present = specs.filter((s) => t.index[s.id] !== undefined);
  const bad = new Set(errors.map((e) => e.line));
  const rows = t.rows
    .filter((row, i) => i < PREVIEW_ROWS || bad.has(row.line))
    .map((row) => ({
      line: row.line,
      cells: present.map((s) => maskIdNumbersInText(textOf(cellOf(t, row, s.id)) ?? '')),
      ok: !bad.has(row.line),
    }));
  return { columns: present.map((s) => s.header), rows };
}

const goodCount = (c: Checked) => (c.kind === 'roster' ? c.check.good.length : c.check.planned.length);
const errorLines = (errors: RowError[]) => new Set(errors.map((e) => e.line)).size;
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

interface TokenBody {
  v: 1;
  kind: VeteranImportKind;
  login: string;
  session: string;
  file: string;
  exp: number;
  good: number;
  bad: number;
}

function seal(ctx: AppContext, body: TokenBody): string {
  return ctx.cipher.text.seal(JSON.stringify(body), TOKEN_FIELD, () => '').cipher;
}

function open(ctx: AppContext, token: string): TokenBody | null {
  try {
    return JSON.parse(ctx.cipher.text.open({ cipher: token, masked: '' }, TOKEN_FIELD)) as TokenBody;
  } catch {
    return null;
  }
}

const expired = () => new ApplicationError('INVALID_STATE', '预览已失效（超过 15 分钟，或不是本次登录的预览），请重新上传文件预览', 'token');

function summaryOf(c: Checked, fileName: string, size: number): VeteranImportPreview['summary'] {
  const errors = c.check.errors;
  return {
    kind: c.kind,
    fileName,
    size,
    sizeText: sizeText(size),
    format: c.check.format,
    rows: c.check.rows,
    willWrite: goodCount(c),
    unchanged: c.kind === 'payments' ? c.check.unchanged : 0,
    errorLines: errorLines(errors),
    errorCount: errors.length,
    ignoredColumns: c.check.ignoredColumns,
  };
}

export async function previewImport(ctx: AppContext, actor: StaffActor, sessionId: string | undefined, body: unknown): Promise<VeteranImportPreview> {
  if (!sessionId) throw forbidden();
  veteranRegionOf(actor);
  const v = parseDescribed(fileInput, body, labels);
  const bytes = fileBytes(v);
  const table = await tableOfBytes(bytes);
  const c = await check(ctx, actor, v.kind, table);
  const errors = c.check.errors;
  const shown = v.kind === 'roster' ? previewRows(table, ROSTER_COLUMNS, '名册', errors) : previewRows(table, PAYMENT_COLUMNS, '发放名单', errors);
  const expiresAt = nowDate(ctx).getTime() + PREVIEW_TTL_MS;
  const token = seal(ctx, {
    v: 1,
    kind: v.kind,
    login: actor.login,
    session: sha256(sessionId),
    file: sha256(bytes),
    exp: expiresAt,
    good: goodCount(c),
    bad: errorLines(errors),
  });
  return {
    token,
    expiresAt: new Date(expiresAt).toISOString(),
    columns: shown.columns,
    rows: shown.rows,
    errors: errors.slice(0, PREVIEW_ERRORS).map((e) => ({ line: e.line, field: e.column, message: e.message })),
    summary: summaryOf(c, v.fileName, bytes.length),
  };
}

export async function commitImport(ctx: AppContext, actor: StaffActor, sessionId: string | undefined, body: unknown): Promise<VeteranImportCommitResult> {
  if (!sessionId) throw forbidden();
  veteranRegionOf(actor);
  const v = parseDescribed(commitInput, body, labels);
  const t = open(ctx, v.token);
  const bytes = fileBytes(v);
  if (!t || t.v !== 1 || t.login !== actor.login || t.session !== sha256(sessionId) || t.kind !== v.kind || t.exp <= nowDate(ctx).getTime()) throw expired();
  if (t.file !== sha256(bytes)) throw new ApplicationError('INVALID_STATE', '上传的文件与预览的不是同一份，请重新预览', 'contentBase64');
  const auditKey = `${AUDIT_PREFIX}${sha256(v.token)}`;
  if (await ctx.store.getMeta(auditKey)) throw new ApplicationError('INVALID_STATE', '这次预览已经导入过了；如需再次导入，请重新上传文件预览', 'token');
  const c = await check(ctx, actor, v.kind, await tableOfBytes(bytes));
  if (goodCount(c) !== t.good || errorLines(c.check.errors) !== t.bad) {
    throw new ApplicationError('INVALID_STATE', `预览之后${c.kind === 'roster' ? '名册' : '名册或补助台账'}已有变化，请重新预览后再导入`, 'token');
  }
  if (c.check.errors.length > 0 && v.allowErrors !== true) {
    throw new RuleError(
      'INVALID_INPUT',
      `${KIND_WORD[v.kind]}有 ${errorLines(c.check.errors)} 行有误，没有导入任何数据。请改正后重新上传；如只导入正确的行，请勾选“忽略错误行”`,
      'allowErrors',
    );
  }
  const audit = async (written: number, interrupted: boolean, importId: string | null) => {
    const at = nowIso(ctx);
    const value = { kind: v.kind, fileName: v.fileName, size: bytes.length, staff: actor.login, staffName: actor.name, region: actor.region, area: actor.area, at, rows: c.check.rows, written, skippedLines: errorLines(c.check.errors), interrupted, importId };
    await ctx.store.insertMeta({ key: auditKey, value: JSON.stringify(value), createdAt: at });
    return at;
  };
  try {
    if (c.kind === 'roster') {
      const w = await writeRoster(ctx, c.check.good, actor.login);
      const at = await audit(w.added + w.updated, false, w.importId);
      return { kind: 'roster', fileName: v.fileName, at, rows: c.check.rows, written: w.added + w.updated, added: w.added, updated: w.updated, unchanged: w.unchanged, skippedLines: errorLines(c.check.errors), recorded: null };
    }
    const w = await writeChecked(ctx, c.check);
    const written = w.recorded.outpatientAllowance + w.recorded.inpatientSubsidy;
    const at = await audit(written, false, c.check.planned[0]?.payment.importId ?? null);
    return { kind: 'payments', fileName: v.fileName, at, rows: c.check.rows, written, added: written, updated: 0, unchanged: w.unchanged, skippedLines: errorLines(c.check.errors), recorded: w.recorded };
  } catch (e) {
    if (e instanceof ImportInterrupted) {
      await audit(e.written, true, null).catch(() => undefined);
      throw new ApplicationError('INVALID_STATE', e.message);
    }
    throw e;
  }
}
