import { REGIONS } from '../../../../shared/regions';
import { VISIT_TYPES, type VisitType, type YearToDateInput } from '../../../../shared/schemas/estimate';
import { CATALOGUE_REGION } from '../../../models/catalogue';

export { CATALOGUE_REGION };

export type YtdKey = keyof YearToDateInput;

/** What decides which year-to-date figures a region's rules read for one visit. */
export interface YtdContext {
  visitType: VisitType;
  employee: boolean;
  /** 职工 with 公务员医疗补助. */
  civilServant: boolean;
  /** Has a 救助身份 the region's 医疗救助 reads. */
  assisted: boolean;
}

/**
 * The questions one region's rules read beyond the shared case: regions differ in structure (DESIGN.md), and the
 * Region interface does not list its optional inputs, so the form keeps that knowledge here, next to the documents
 * it comes from. test/miniprogram/regions.test.ts checks every region of shared/regions has an entry, and that each
 * year-to-date key listed is one the region's result carries forward.
 */
export interface RegionForm {
  /** Kinds of care 救助身份 matter for: those 医疗救助 (and 大病保险's 倾斜) follow. */
  categoriesFor: readonly VisitType[];
  /** 门诊慢特病 chosen from shared/catalogue (Bazhong's list, 004 第四章) rather than typed as a code. */
  diseaseCatalogue: boolean;
  /** 普通门诊 at a 定点零售药店 (004 第二章 三十九问). */
  pharmacy: boolean;
  /** 乙类 part of a stay's in-scope cost, of which the patient first pays 10% (002 四、住院待遇). */
  classBCost: boolean;
  /** 门诊统筹 at a 村卫生室 (lower daily limit) and 产前检查、流产、引产 outpatient care (no daily limit) (002 三). */
  outpatientSetting: boolean;
  /** 器官移植抗排异治疗、慢性肾功能衰竭透析 paid at a higher 特殊疾病 ratio (002 三). */
  specialTreatment: boolean;
  ytdKeys(c: YtdContext): YtdKey[];
}

const ASSISTANCE: YtdKey[] = ['assistanceSelfPay', 'assistancePaid', 'tiltedSelfPay', 'tiltedAssistancePaid'];

/** 巴中 (004): separate running figures per kind of care; a stay's chain (大病 or 职工大额, 救助) after 住院、特病、高值药品. */
const bazhong: RegionForm = {
  categoriesFor: ['inpatient', 'high-value-drug', 'special', 'chronic'],
  diseaseCatalogue: true,
  pharmacy: true,
  classBCost: false,
  outpatientSetting: false,
  specialTreatment: false,
  ytdKeys({ visitType, employee, civilServant, assisted }) {
    const assistance = assisted ? ASSISTANCE : [];
    switch (visitType) {
      case 'outpatient':
        return employee
          ? ['outpatientSelfPay', 'outpatientPaid', ...(civilServant ? (['outpatientCivilServantPaid'] as YtdKey[]) : []), 'outpatientLargeExpensePaid']
          : ['outpatientPaid'];
      case 'chronic':
        return ['chronicPaid', ...(civilServant ? (['chronicCivilServantPaid'] as YtdKey[]) : []), ...assistance];
      case 'two-diseases':
        return ['twoDiseasesPaid'];
      case 'maternity':
        return ['basicPaid'];
      case 'single-pay-drug':
        return [];
      default: {
        // 住院, 高值药品 and 门诊特殊疾病 go down the payer chain of a stay.
        const keys: YtdKey[] = visitType === 'special' ? ['specialSelfPay', 'basicPaid'] : ['basicPaid'];
        if (employee) {
          if (civilServant) keys.push('civilServantPaid');
          keys.push('largeExpenseSelfPay', 'largeExpensePaid');
        } else {
          keys.push('seriousIllnessSelfPay', 'seriousIllnessPaid');
        }
        return [...keys, ...assistance];
      }
    }
  },
};

/**
 * 随县 (002): one annual fund cap over 住院 and every 门诊 (basicPaid); 门诊统筹 and “两病” share one limit; 住院、门诊慢特病
 * and 单独支付药品 go on to 大病保险 and 医疗救助.
 */
const suizhou: RegionForm = {
  categoriesFor: ['inpatient', 'chronic', 'special', 'single-pay-drug'],
  diseaseCatalogue: false,
  pharmacy: false,
  classBCost: true,
  outpatientSetting: true,
  specialTreatment: true,
  ytdKeys({ visitType, assisted }) {
    if (visitType === 'outpatient') return ['basicPaid', 'outpatientPaid'];
    if (visitType === 'two-diseases') return ['basicPaid', 'outpatientPaid', 'twoDiseasesPaid'];
    return ['basicPaid', 'seriousIllnessSelfPay', 'seriousIllnessPaid', ...(assisted ? ASSISTANCE : [])];
  },
};

export const REGION_FORMS: Record<string, RegionForm> = { bazhong, suizhou };

/** The form of a region; an unknown region asks the shared case only (the rules then say "暂未收录"). */
export function regionForm(region: string): RegionForm {
  return Object.prototype.hasOwnProperty.call(REGION_FORMS, region) ? REGION_FORMS[region] : { ...bazhong, diseaseCatalogue: false, pharmacy: false };
}

/** The kinds of care a region covers, in the engine's order (each region lists what it covers). */
export function visitTypesOf(region: string): VisitType[] {
  const covered = Object.prototype.hasOwnProperty.call(REGIONS, region) ? REGIONS[region].visitTypes : [];
  return VISIT_TYPES.filter((t) => covered.includes(t));
}
