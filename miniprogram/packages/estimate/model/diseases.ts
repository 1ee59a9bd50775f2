import { catalogue, chronicLimit, findDisease, searchDiseases, type Disease, type DiseaseKind } from '../../../../shared/catalogue';
import type { Scheme } from '../../../models/profile';
import { todayInChina } from '../../../../shared/dates';

/** One code a person can be recognised with: a disease without sub-types, or one sub-type of a disease. */
export interface DiseaseOption {
  code: string;
  /** "冠心病", or "其他精神类疾病 · 抑郁症" for a sub-type. */
  name: string;
}

function leaves(disease: Disease): DiseaseOption[] {
  if (!disease.subtypes || disease.subtypes.length === 0) return [{ code: disease.code, name: disease.name }];
  return disease.subtypes.map((s) => ({ code: s.code, name: `${disease.name} · ${s.name}` }));
}

/**
 * The recognised diseases of one kind the form offers, narrowed by what the person typed (name or code, as the
 * catalogue searches). A disease with sub-types is offered sub-type by sub-type: limits and recognition are theirs,
 * and 其他精神类疾病 has no single limit.
 */
export function diseaseOptions(kind: DiseaseKind, query: string): DiseaseOption[] {
  const hits = query.trim() === '' ? catalogue(kind).map((disease) => ({ disease, subtype: undefined })) : searchDiseases(query);
  const seen = new Set<string>();
  const out: DiseaseOption[] = [];
  for (const { disease, subtype } of hits) {
    if (disease.kind !== kind) continue;
    const options = subtype ? leaves(disease).filter((o) => o.code === subtype.code) : leaves(disease);
    for (const option of options) {
      if (seen.has(option.code)) continue;
      seen.add(option.code);
      out.push(option);
    }
  }
  return out;
}

/** The name of a code as the form shows it; undefined for a code the catalogue does not hold. */
export function diseaseName(code: string): string | undefined {
  const found = findDisease(code);
  if (!found) return undefined;
  return found.subtype ? `${found.disease.name} · ${found.subtype.name}` : found.disease.name;
}

export function diseaseKind(code: string): DiseaseKind | undefined {
  return findDisease(code)?.disease.kind;
}

const SCHEME_SHORT: Record<Scheme, string> = { employee: '职工医保', resident: '城乡居民医保' };

/**
 * The 慢病 annual limit in one plain line for the person's scheme, or both when the scheme is not chosen yet
 * (第四章 三问), in force on `date` (the bill's, or today). "/" in the handbook's table reads "未列限额".
 */
export function chronicLimitText(code: string, scheme: Scheme | '', date: string = todayInChina()): string {
  const one = (s: Scheme) => {
    const limit = chronicLimit(code, s, date);
    return limit === null ? `${SCHEME_SHORT[s]}未列年度限额` : `${SCHEME_SHORT[s]}年度限额 ${limit} 元`;
  };
  return scheme ? one(scheme) : `${one('employee')}；${one('resident')}`;
}
