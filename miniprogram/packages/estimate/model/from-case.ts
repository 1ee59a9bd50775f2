import type { YearCase } from '../../../../shared/year/types';
import type { CategoryId } from '../../../models/categories';
import { emptyDraft, parseDraft, type EstimateDraft } from './draft';

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/**
 * A recorded case back as a form draft (修改这一次 on the year overview): the inverse of draftToCase, so the form opens
 * on exactly what was estimated. It goes through parseDraft, so anything the form does not know is dropped rather than
 * kept half-read. `who` and `editing` say whose record and which entry the new result replaces.
 */
export function draftFromCase(c: YearCase, who: string, editing: string): EstimateDraft {
  const v = c.visit as Record<string, unknown>;
  const p = (c.person ?? {}) as Record<string, unknown>;
  const base = emptyDraft();
  const referral = v.referral === true ? 'referral' : v.referral === false ? 'emergency' : '';
  const inProvince = v.inProvince === true ? 'yes' : v.inProvince === false ? 'no' : '';
  const raw: Record<string, unknown> = {
    ...base,
    region: c.region,
    scheme: c.scheme,
    visitType: v.type,
    categories: Array.isArray(p.categories) ? (p.categories as CategoryId[]) : [],
    retired: p.retired === true,
    civilServant: p.civilServant === true,
    age: str(p.age),
    conditions: Array.isArray(p.conditions) ? p.conditions : [],
    facilityLevel: str(v.facilityLevel),
    place: str(v.place),
    referral,
    inProvince,
    classBCost: str(v.classBCost),
    villageClinic: v.villageClinic === true,
    pregnancyCare: v.pregnancyCare === true,
    treatment: str(v.treatment),
    diseaseCode: str(v.diseaseCode),
    otherDiseaseCodes: Array.isArray(v.otherDiseaseCodes) ? v.otherDiseaseCodes : [],
    twoDiseases: Array.isArray(v.diseases) ? v.diseases : [],
    maternityEvent: str(v.event),
    difficult: v.difficult === true,
    babies: str(v.babies) || '1',
    gestationWeeks: str(v.gestationWeeks),
    caesarean: v.caesarean === true,
    liveBirth: v.liveBirth === true,
    totalCost: str(v.totalCost),
    inScopeCost: str(v.inScopeCost),
    yearToDate: {},
    who,
    ytdManual: false,
    editing,
    step: 0,
  };
  return parseDraft(raw);
}
