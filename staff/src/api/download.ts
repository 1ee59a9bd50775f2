import type { Envelope } from '../../../shared/contract/envelope';
import { API_BASE } from './client';
import { ApiError } from './errors';

/** The file name of a Content-Disposition header (its UTF-8 form first), or the fallback. */
function fileNameOf(header: string | null, fallback: string): string {
  const utf8 = header ? /filename\*=UTF-8''([^;]+)/i.exec(header) : null;
  if (utf8) {
    try {
      return decodeURIComponent(utf8[1]);
    } catch {
      return fallback;
    }
  }
  return fallback;
}

/**
 * A file of the staff API (an export, a PDF) saved by the browser. Fetched first rather than opened as a link: a
 * refusal comes back as the JSON envelope, and the page shows its Chinese message instead of saving it as the file.
 */
export async function download(path: string, query: Record<string, string | number | undefined>, fallbackName: string): Promise<string> {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
  const qs = params.toString();
  let res: Response;
  try {
    res = await fetch(`${API_BASE}${path}${qs ? `?${qs}` : ''}`, { credentials: 'same-origin' });
  } catch {
    throw new ApiError('网络连接失败，请检查网络后重试', 'NETWORK', 0);
  }
  if (!res.ok || (res.headers.get('content-type') ?? '').startsWith('application/json')) {
    let envelope: Envelope<unknown> | null = null;
    try {
      envelope = (await res.json()) as Envelope<unknown>;
    } catch {
      envelope = null;
    }
    if (envelope && !envelope.ok) throw new ApiError(envelope.message, envelope.code, res.status, envelope.field);
    throw new ApiError(`服务暂时不可用（${res.status}），请稍后再试`, 'HTTP', res.status);
  }
  const name = fileNameOf(res.headers.get('content-disposition'), fallbackName);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked after the click has handed the file to the browser.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
