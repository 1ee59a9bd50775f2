/** A moment as a person in China reads it ("12月1日 16:05"), whatever the machine's zone. */
export function chinaTimeText(iso: string | Date): string {
  const t = new Date(new Date(iso).getTime() + 8 * 3600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`;
}
