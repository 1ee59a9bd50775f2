import { estimateCaseSchema } from '../../../../shared/schemas/estimate';
import { estimateLabels } from '../../../../shared/schemas/common';
import { describe } from '../../../../shared/schemas/describe';
import { billLabels } from './labels';
import { asDelivery, asks, draftToCase, facilityOf, relevantYtdKeys, stepIds, type EstimateDraft, type StepId } from './draft';

/** Error messages by dotted field path (the paths of estimateCaseSchema and of RuleError.field). */
export type FieldErrors = Record<string, string>;

export interface StepSpec {
  id: StepId;
  title: string;
  /** The input paths this step asks for; a message for any of them (or below them) is shown on this step. */
  fields: string[];
}

const MATERNITY_FIELDS = ['visit.event', 'visit.difficult', 'visit.babies', 'visit.gestationWeeks', 'visit.caesarean', 'visit.liveBirth'];

function specOf(id: StepId, draft: Pick<EstimateDraft, 'visitType'>): StepSpec {
  switch (id) {
    case 'visit-type':
      return { id, title: '看病的类型', fields: ['region', 'visit', 'visit.type'] };
    case 'person':
      return { id, title: '参保和身份', fields: ['scheme', 'person'] };
    case 'facility':
      return {
        id,
        title: draft.visitType === 'outpatient' ? '在哪里看的门诊' : '医院等级',
        fields: ['visit.facilityLevel', 'visit.villageClinic', 'visit.pregnancyCare'],
      };
    case 'place':
      return { id, title: '在哪里住院', fields: ['visit.place', 'visit.referral', 'visit.inProvince'] };
    case 'disease':
      return { id, title: '认定的病种', fields: ['visit.diseaseCode', 'visit.otherDiseaseCodes', 'visit.treatment'] };
    case 'two-diseases':
      return { id, title: '“两病”病种', fields: ['visit.diseases'] };
    case 'maternity':
      return { id, title: '生育情况', fields: MATERNITY_FIELDS };
    case 'bill':
      return { id, title: '费用', fields: ['visit.totalCost', 'visit.inScopeCost', 'visit.classBCost'] };
    case 'year-to-date':
      return { id, title: '本年度已发生（可不填）', fields: ['yearToDate'] };
  }
}

/** The steps this draft goes through: which ones depends on the kind of care (draft.ts `asks`). */
export function stepsFor(draft: Pick<EstimateDraft, 'region' | 'visitType' | 'scheme'>): StepSpec[] {
  return stepIds(draft).map((id) => specOf(id, draft));
}

/** The step that asks for a field: the longest listed path that is the field or one of its parents; -1 if none. */
export function stepOfField(field: string | undefined, draft: Pick<EstimateDraft, 'region' | 'visitType' | 'scheme'>): number {
  if (!field) return -1;
  let best = -1;
  let bestLength = -1;
  stepsFor(draft).forEach((step, index) => {
    for (const f of step.fields) {
      if ((field === f || field.startsWith(`${f}.`)) && f.length > bestLength) {
        best = index;
        bestLength = f.length;
      }
    }
  });
  return best;
}

/** The fields a step shows a message beside; any other message of the step goes to its top. */
export function shownFields(id: StepId, draft: EstimateDraft): string[] {
  switch (id) {
    case 'visit-type':
      return ['region', 'visit.type'];
    case 'person':
      return ['scheme', 'person.categories', 'person.retired', 'person.age', 'person.civilServant', 'person.conditions'];
    case 'facility':
      return ['visit.facilityLevel', 'visit.villageClinic', 'visit.pregnancyCare'];
    case 'place':
      return ['visit.place', 'visit.referral', 'visit.inProvince'];
    case 'disease':
      return ['visit.diseaseCode', 'visit.otherDiseaseCodes', 'visit.treatment'];
    case 'two-diseases':
      return ['visit.diseases'];
    case 'maternity':
      return MATERNITY_FIELDS;
    case 'bill':
      return ['visit.totalCost', 'visit.inScopeCost', 'visit.classBCost'];
    case 'year-to-date':
      return relevantYtdKeys(draft).map((k) => `yearToDate.${k}`);
  }
}

/**
 * The rules' message names the field ("医疗总费用：…"); next to the field itself the name is left out: a refusal of the
 * input carries its reason apart (shared/schemas/describe.ts), any other message stays whole.
 */
export function messageForField(error: { message: string; reason?: string }): string {
  return error.reason ?? error.message;
}

const WHOLE = /^\d{1,3}$/;

/** Choices a person has not made yet: said plainly before the schema's more technical wording can apply. */
function missing(id: StepId, draft: EstimateDraft): FieldErrors {
  const errors: FieldErrors = {};
  const filled = (v: string) => v.trim() !== '';
  switch (id) {
    case 'person':
      if (!draft.scheme) errors.scheme = '请选择参保险种';
      if (draft.scheme === 'employee' && filled(draft.age) && !WHOLE.test(draft.age.trim())) {
        errors['person.age'] = '年龄请填整数，例如 62';
      }
      break;
    case 'facility':
      if (!facilityOf(draft)) errors['visit.facilityLevel'] = draft.visitType === 'outpatient' ? '请选择在哪里看的门诊' : '请选择医院等级';
      break;
    case 'place':
      if (!draft.place) errors['visit.place'] = '请选择在哪里住院';
      break;
    case 'disease':
      if (!draft.diseaseCode.trim()) errors['visit.diseaseCode'] = asks(draft).diseaseCatalogue ? '请选择已认定的病种' : '请填写病种编码';
      break;
    case 'two-diseases':
      if (draft.twoDiseases.length === 0) errors['visit.diseases'] = '请选择高血压、糖尿病或两个都选';
      break;
    case 'maternity':
      if (!draft.maternityEvent) errors['visit.event'] = '请选择生育还是终止妊娠';
      if (draft.maternityEvent === 'termination') {
        if (!filled(draft.gestationWeeks)) errors['visit.gestationWeeks'] = '请填写怀孕周数';
        else if (!WHOLE.test(draft.gestationWeeks.trim())) errors['visit.gestationWeeks'] = '孕周请填整数，例如 12';
      }
      if (asDelivery(draft) && !WHOLE.test(draft.babies.trim())) errors['visit.babies'] = '婴儿数请填整数，例如 1';
      break;
    case 'bill':
      if (!filled(draft.totalCost)) errors['visit.totalCost'] = `请填写${billLabels(draft.visitType).total}`;
      if (!filled(draft.inScopeCost)) errors['visit.inScopeCost'] = `请填写${billLabels(draft.visitType).inScope}`;
      break;
    default:
      break;
  }
  return errors;
}

/**
 * Checks one step before moving on. Beyond the missing choices, every field of the step goes through the same
 * schema the rules and the cloud function use, so the messages are the ones the final estimate would give.
 */
export function validateStep(step: number, draft: EstimateDraft, date: string): FieldErrors {
  const spec = stepsFor(draft)[step];
  if (!spec) return {};
  const errors = missing(spec.id, draft);
  const parsed = estimateCaseSchema.safeParse(draftToCase(draft, date));
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const { field, reason } = describe(issue, estimateLabels);
    if (stepOfField(field, draft) !== step || errors[field]) continue;
    errors[field] = reason;
  }
  return errors;
}

/** The first step that does not pass, with its messages; null when every step does. */
export function firstInvalidStep(draft: EstimateDraft, date: string): { step: number; errors: FieldErrors } | null {
  const count = stepsFor(draft).length;
  for (let step = 0; step < count; step++) {
    const errors = validateStep(step, draft, date);
    if (Object.keys(errors).length > 0) return { step, errors };
  }
  return null;
}
