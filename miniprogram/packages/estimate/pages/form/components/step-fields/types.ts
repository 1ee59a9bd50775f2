import type { EstimateDraft } from '../../../../model/draft';
import type { FieldErrors } from '../../../../model/steps';

/** What every step of the form gets: the draft, the messages by field path, and a way to change the draft. */
export interface StepProps {
  draft: EstimateDraft;
  errors: FieldErrors;
  change: (patch: Partial<EstimateDraft>) => void;
}

export const YES_NO = [
  { value: 'yes' as const, label: '是' },
  { value: 'no' as const, label: '否' },
];
