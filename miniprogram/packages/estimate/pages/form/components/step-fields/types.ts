import type { EstimateDraft } from '../../../../model/draft';
import type { FieldErrors } from '../../../../model/steps';
import type { YearFill } from '../../../../model/year-fill';

/** What every step of the form gets: the draft, the messages by field path, and a way to change the draft. */
export interface StepProps {
  draft: EstimateDraft;
  errors: FieldErrors;
  change: (patch: Partial<EstimateDraft>) => void;
  /** The year-to-date figures the person's record gives this bill (the year-to-date step), null when none. */
  fill?: YearFill | null;
  /** Opens the person's year overview. */
  openYear?: () => void;
}

export const YES_NO = [
  { value: 'yes' as const, label: '是' },
  { value: 'no' as const, label: '否' },
];
