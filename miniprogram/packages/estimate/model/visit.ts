import { FACILITY_NAMES, type Visit } from '../../../../shared/schemas/estimate';
import { yuan } from '../../../../shared/money';
import { CATALOGUE_REGION } from '../../../models/catalogue';
import { diseaseName } from './diseases';
import { OUTPATIENT_FACILITY_NAMES, PLACE_CHOICES, TWO_DISEASE_CHOICES, VISIT_TYPE_CHOICES } from './labels';

/** What the estimate was about, for the result's heading and the copied text: the kind of care and its details. */
export interface VisitDescription {
  /** "住院", "门诊慢性病", … */
  title: string;
  /** "二级医疗机构", "市内", "冠心病（M04600）", "顺产", … */
  details: string[];
}

const TREATMENT_NAMES = { 'transplant-antirejection': '器官移植抗排异治疗', dialysis: '慢性肾功能衰竭透析' } as const;

/** The visit of an estimate in `region`; disease names come from the catalogue only for the region it lists. */
export function describeVisit(visit: Visit, region: string): VisitDescription {
  const title = VISIT_TYPE_CHOICES[visit.type].title;
  const disease = (code: string) => {
    const name = region === CATALOGUE_REGION ? diseaseName(code) : undefined;
    return name ? `${name}（${code}）` : `病种编码 ${code}`;
  };
  switch (visit.type) {
    case 'inpatient':
      return {
        title,
        details: [
          FACILITY_NAMES[visit.facilityLevel],
          PLACE_CHOICES[visit.place].title,
          ...(visit.classBCost !== undefined ? [`其中乙类 ${yuan(visit.classBCost)}`] : []),
        ],
      };
    case 'high-value-drug':
      return { title, details: [FACILITY_NAMES[visit.facilityLevel], PLACE_CHOICES[visit.place].title] };
    case 'outpatient':
      return {
        title,
        details: [
          OUTPATIENT_FACILITY_NAMES[visit.facilityLevel],
          ...(visit.villageClinic ? ['村卫生室'] : []),
          ...(visit.pregnancyCare ? ['产前检查、流产、引产等'] : []),
        ],
      };
    case 'chronic': {
      const others = visit.otherDiseaseCodes.filter((c) => c !== visit.diseaseCode);
      return { title, details: [disease(visit.diseaseCode), ...(others.length > 0 ? [`另患 ${others.map(disease).join('、')}`] : [])] };
    }
    case 'special':
      return { title, details: [disease(visit.diseaseCode), ...(visit.treatment ? [TREATMENT_NAMES[visit.treatment]] : [])] };
    case 'two-diseases':
      return { title, details: [visit.diseases.map((d) => TWO_DISEASE_CHOICES[d].title).join('、')] };
    case 'single-pay-drug':
      return { title, details: [] };
    case 'maternity': {
      const details: string[] = [];
      const delivered = visit.event === 'delivery' || visit.liveBirth;
      if (visit.event === 'termination') {
        details.push(`终止妊娠（孕 ${visit.gestationWeeks ?? 0} 周）`);
        if (visit.liveBirth) details.push('有存活婴儿');
        else if (visit.caesarean) details.push('施行剖宫术');
      }
      if (delivered) {
        details.push(visit.difficult ? '难产（含剖宫产）' : '顺产');
        if (visit.babies > 1) details.push(`${visit.babies} 个婴儿`);
      }
      return { title, details };
    }
  }
}
