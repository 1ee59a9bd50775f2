import type { YearProgram } from '../../../year/program';
import { meters } from './meters';
import { applicationAssistance } from './on-application';

/** The region's rules over the year record (002): the meters of a result and 依申请救助. */
export const year: YearProgram = { meters, applicationAssistance };
