import { useState } from 'react';
import { Alert, BaseTable, Button, Card, Checkbox, Radio, Space, Tag, Upload } from '../ui';
import type { BaseTableCol } from '../ui';
import type { VeteranImportCommitResult, VeteranImportKind, VeteranImportPreview, VeteranImportRowView } from '../../../shared/contract/staff';
import { commitVeteranImport, previewVeteranImport } from '../api/staff';
import { messageOf } from '../api/errors';
import './veteran-import.css';

/** The console takes lists up to this size (server/staff/body-limits.ts); a larger one goes through the CLI. */
const MAX_BYTES = 6 * 1024 * 1024;
const KIND_LABEL: Record<VeteranImportKind, string> = { roster: '优抚对象名册', payments: '补助发放名单' };

const sizeText = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('读取文件失败'));
    reader.readAsDataURL(file);
  });
}

interface Picked {
  name: string;
  size: number;
  contentBase64: string;
}

/**
 * 名册与发放名单导入 (县退役军人事务局): pick a CSV or XLSX, see every row with the refused ones marked and why — the
 * same checks as `yibao staff import-roster|import-payments` — and only then import: with no refused row, or with
 * 忽略错误行 checked (the CLI's --allow-errors), which writes only the good rows.
 */
export function VeteranImportPage() {
  const [kind, setKind] = useState<VeteranImportKind>('roster');
  const [files, setFiles] = useState<{ name?: string; size?: number; raw?: File }[]>([]);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [preview, setPreview] = useState<VeteranImportPreview | null>(null);
  const [ignoreErrors, setIgnoreErrors] = useState(false);
  const [result, setResult] = useState<VeteranImportCommitResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function reset() {
    setPreview(null);
    setResult(null);
    setIgnoreErrors(false);
    setError(null);
  }

  async function pick(list: { name?: string; size?: number; raw?: File }[]) {
    setFiles(list.slice(-1));
    reset();
    const file = list[list.length - 1]?.raw;
    if (!file) return setPicked(null);
    if (!/\.(csv|xlsx)$/i.test(file.name)) return setError('只接受 .csv 或 .xlsx 文件');
    if (file.size > MAX_BYTES) return setError(`文件太大（${sizeText(file.size)}），控制台一次最多导入 6 MB。请按乡（镇）分成几个文件分别导入`);
    const p = { name: file.name, size: file.size, contentBase64: await base64Of(file) };
    setPicked(p);
    await check(p, kind);
  }

  async function check(p: Picked, k: VeteranImportKind) {
    setBusy(true);
    setError(null);
    try {
      setPreview(await previewVeteranImport({ kind: k, fileName: p.name, contentBase64: p.contentBase64 }));
    } catch (e) {
      setError(messageOf(e));
      setPreview(null);
    } finally {
      setBusy(false);
    }
  }

  async function commit() {
    if (!picked || !preview) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await commitVeteranImport({ kind, fileName: picked.name, contentBase64: picked.contentBase64, token: preview.token, allowErrors: ignoreErrors }));
      setPreview(null);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  const messages = new Map<number, string[]>();
  for (const e of preview?.errors ?? []) messages.set(e.line, [...(messages.get(e.line) ?? []), e.message]);
  const columns: BaseTableCol<VeteranImportRowView>[] = [
    { colKey: 'line', title: '行号', width: 70 },
    ...(preview?.columns ?? []).map((title, i) => ({ colKey: `c${i}`, title, ellipsis: true, cell: ({ row }: { row: VeteranImportRowView }) => row.cells[i] })),
    {
      colKey: 'ok',
      title: '检查结果',
      width: 320,
      cell: ({ row }: { row: VeteranImportRowView }) =>
        row.ok ? <Tag theme="success" variant="light">可导入</Tag> : <span className="veteran-import-error">{(messages.get(row.line) ?? ['有误']).join('；')}</span>,
    },
  ];
  const s = preview?.summary;
  const canCommit = !!preview && !busy && s!.willWrite > 0 && (s!.errorLines === 0 || ignoreErrors);

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card title="名册与发放名单导入" bordered>
        <Space direction="vertical">
          <Radio.Group
            value={kind}
            onChange={(v) => {
              setKind(v as VeteranImportKind);
              reset();
              if (picked) void check(picked, v as VeteranImportKind);
            }}
          >
            <Radio.Button value="roster">{KIND_LABEL.roster}</Radio.Button>
            <Radio.Button value="payments">{KIND_LABEL.payments}</Radio.Button>
          </Radio.Group>
          <Upload theme="file" accept=".csv,.xlsx" autoUpload={false} max={1} files={files} onChange={(list) => void pick(list)} placeholder="CSV（UTF-8 或 GBK）或 Excel .xlsx，最大 6 MB；选择后先检查，不会写入" />
          {picked && (
            <span className="veteran-import-file">
              {picked.name}（{sizeText(picked.size)}）
            </span>
          )}
        </Space>
      </Card>
      {error && <Alert theme="error" message={error} />}
      {busy && <Alert theme="info" message="正在检查…" />}
      {preview && s && (
        <Card title="导入前检查" bordered>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Alert
              theme={s.errorLines > 0 ? 'warning' : 'success'}
              message={`${KIND_LABEL[s.kind]}共 ${s.rows} 行：可导入 ${s.willWrite} 行${s.unchanged ? `，已登记过 ${s.unchanged} 行（不重复写入）` : ''}，有误 ${s.errorLines} 行。尚未写入任何数据。`}
            />
            {s.ignoredColumns.length > 0 && <Alert theme="info" message={`未使用的列：${s.ignoredColumns.join('、')}`} />}
            <BaseTable
              rowKey="line"
              data={preview.rows}
              columns={columns}
              size="small"
              maxHeight={480}
              rowClassName={({ row }) => (row.ok ? '' : 'veteran-import-bad')}
            />
            {s.errorLines > 0 && (
              <Checkbox checked={ignoreErrors} onChange={(v) => setIgnoreErrors(Boolean(v))}>
                忽略错误行：只导入 {s.willWrite} 行正确的，{s.errorLines} 行有误的不导入
              </Checkbox>
            )}
            <Button className="veteran-import-commit" theme="primary" disabled={!canCommit} onClick={() => void commit()}>
              确认导入
            </Button>
          </Space>
        </Card>
      )}
      {result && (
        <Alert
          theme="success"
          message={`已导入 ${result.fileName}：共 ${result.rows} 行，写入 ${result.written} 行${result.kind === 'roster' ? `（新增 ${result.added}，更新 ${result.updated}）` : ''}${result.unchanged ? `，已有 ${result.unchanged} 行未变` : ''}${result.skippedLines ? `，跳过有误的 ${result.skippedLines} 行` : ''}。`}
        />
      )}
    </Space>
  );
}
