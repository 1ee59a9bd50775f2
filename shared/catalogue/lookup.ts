import { valueAt } from '../params/param';
import { CatalogueData, CatalogueProgram, Disease, DiseaseKind, DiseaseMatch, Limits, Scheme } from './types';

/** Whole-width and half-width, spaces and case do not matter: "（" = "(", "m04600" = "M04600". */
function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The look-ups over one region's 门诊慢特病 catalogue: the same for every region, the data is the region's. */
export function buildCatalogue(data: CatalogueData): CatalogueProgram {
  const { chronic, special } = data;
  /** Every code the catalogue answers to (disease, sub-type, alias) and what it names. */
  const byCode = new Map<string, DiseaseMatch>();
  for (const disease of [...chronic, ...special]) {
    const add = (code: string, match: DiseaseMatch) => {
      if (byCode.has(code)) throw new Error(`门诊慢特病目录中编码 ${code} 重复`);
      byCode.set(code, match);
    };
    add(disease.code, { disease });
    for (const subtype of disease.subtypes ?? []) add(subtype.code, { disease, subtype });
    for (const alias of disease.aliases ?? []) if (alias.code) add(alias.code, { disease });
  }

  function diseases(kind?: DiseaseKind): readonly Disease[] {
    if (kind === 'chronic') return chronic;
    if (kind === 'special') return special;
    return [...chronic, ...special];
  }

  function findDisease(code: string): DiseaseMatch | undefined {
    return byCode.get(code.trim().toUpperCase());
  }

  function limitsOf(code: string, date: string): Limits | undefined {
    const table = valueAt(data.limits, date).value;
    return Object.prototype.hasOwnProperty.call(table, code) ? table[code] : undefined;
  }

  /**
   * A sub-type code gives its own row. A parent code with sub-types has no row of its own: it gives the sub-types'
   * limit when they all agree for that scheme (甲状腺功能异常, 病毒性肝炎, 慢性肾炎/肾病综合征 — every sub-type 1000/600
   * or 2000/1500), and null when they differ (其他精神类疾病: 1000 to 2000, and "/" for 儿童注意力缺陷症 in 职工医保),
   * so the recognised sub-type must be given; taking the highest would pay a 强迫症 patient an 抑郁症 limit.
   * A 特病 code or an unknown code gives null.
   */
  function chronicLimit(code: string, scheme: Scheme, date: string): string | null {
    const found = findDisease(code);
    if (!found || found.disease.kind !== 'chronic') return null;
    if (found.subtype) return limitsOf(found.subtype.code, date)?.[scheme] ?? null;
    const own = limitsOf(found.disease.code, date);
    if (own) return own[scheme];
    const limits = (found.disease.subtypes ?? []).map((s) => limitsOf(s.code, date)?.[scheme] ?? null);
    return limits.length > 0 && limits.every((l) => l !== null && l === limits[0]) ? limits[0] : null;
  }

  /**
   * Diseases and sub-types whose code, name or alias matches `query`, best first: an exact code; then a code or name
   * that starts with the query; then a name containing it; then an alias containing it. Within a rank, the catalogue's
   * order (慢病 before 特病, as the document lists them). A disease's own match comes as the disease, a sub-type's as
   * the disease with that sub-type. An empty query lists every disease.
   */
  function searchDiseases(query: string): DiseaseMatch[] {
    const q = normalise(query);
    const all = diseases();
    if (q === '') return all.map((disease) => ({ disease }));

    const rankOf = (code: string, name: string, aliases: Disease['aliases'] = []): number | null => {
      const n = normalise(name);
      if (code === q || aliases.some((a) => a.code === q)) return 0;
      if (code.startsWith(q) || n.startsWith(q)) return 1;
      if (n.includes(q)) return 2;
      if (aliases.some((a) => a.name !== undefined && normalise(a.name).includes(q))) return 3;
      return null;
    };

    const hits: { match: DiseaseMatch; rank: number; order: number }[] = [];
    let order = 0;
    for (const disease of all) {
      const own = rankOf(disease.code, disease.name, disease.aliases);
      if (own !== null) hits.push({ match: { disease }, rank: own, order });
      order++;
      for (const subtype of disease.subtypes ?? []) {
        const rank = rankOf(subtype.code, subtype.name);
        if (rank !== null) hits.push({ match: { disease, subtype }, rank, order });
        order++;
      }
    }
    return hits.sort((a, b) => a.rank - b.rank || a.order - b.order).map((h) => h.match);
  }

  return { ...data, diseases, findDisease, limitsOf, chronicLimit, searchDiseases };
}
