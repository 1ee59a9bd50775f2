/** China time (UTC+8, no daylight saving) of a stored UTC instant, whatever the machine's zone. */
function china(iso: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`not an instant: ${iso}`);
  return new Date(t + 8 * 3600 * 1000).toISOString();
}

/** "2026-12-01 09:05（北京时间）": when a document was generated. */
export function chinaMinute(iso: string): string {
  return `${china(iso).slice(0, 16).replace('T', ' ')}（北京时间）`;
}

/** "2026 年 12 月 01 日": a form's "年 月 日" line, filled. */
export function chinaFormDate(iso: string): string {
  const [y, m, d] = china(iso).slice(0, 10).split('-');
  return `${y} 年 ${m} 月 ${d} 日`;
}
