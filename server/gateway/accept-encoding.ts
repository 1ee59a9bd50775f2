/** The content codings the gateway can send a static file in: the pre-compressed siblings, or the file itself. */
export type Coding = 'br' | 'gzip' | 'identity';

/** When the client weighs two codings the same, the smaller one goes first. */
const PREFERENCE: readonly Coding[] = ['br', 'gzip'];

/** RFC 9110 §12.4.2: a qvalue is 0 to 1 with at most three decimals; anything else makes its element void. */
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/** The weights an Accept-Encoding header gives, by lower-cased coding (`x-gzip` is gzip, RFC 9110 §8.4.1.3). */
function weights(header: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const element of header.split(',')) {
    const [rawName, ...params] = element.split(';').map((s) => s.trim());
    if (!rawName) continue;
    let q = 1;
    let valid = true;
    for (const param of params) {
      const eq = param.indexOf('=');
      if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== 'q') continue;
      const value = param.slice(eq + 1).trim();
      if (!QVALUE.test(value)) valid = false;
      else q = Number(value);
    }
    if (!valid) continue;
    const name = rawName.toLowerCase() === 'x-gzip' ? 'gzip' : rawName.toLowerCase();
    // The same coding twice: the stricter weight wins, so a client that once says q=0 is never sent it.
    out.set(name, Math.min(q, out.get(name) ?? 1));
  }
  return out;
}

/**
 * The coding to send, among `available` (identity is always there), for the request's Accept-Encoding header; null
 * when the client accepts none of them (`identity;q=0` with no usable coding): the gateway answers 406.
 * No header: identity, the one coding every client reads. A coding the header does not name is refused unless `*`
 * covers it; identity is acceptable unless refused by `identity;q=0` (or `*;q=0` without an identity entry), and is
 * chosen over a compressed coding only when the client weighs it higher.
 */
export function chooseCoding(header: string | string[] | undefined, available: readonly Coding[]): Coding | null {
  if (header === undefined) return 'identity';
  const w = weights(Array.isArray(header) ? header.join(',') : header);
  const star = w.get('*');
  let best: Coding | null = null;
  let bestQ = 0;
  for (const coding of PREFERENCE) {
    if (!available.includes(coding)) continue;
    const q = w.get(coding) ?? star ?? 0;
    if (q > bestQ) {
      best = coding;
      bestQ = q;
    }
  }
  const identityQ = w.get('identity') ?? (star === 0 ? 0 : undefined);
  if (identityQ === 0) return best;
  if (best === null) return 'identity';
  return identityQ !== undefined && identityQ > bestQ ? 'identity' : best;
}
