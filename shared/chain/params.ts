import { valueAt as lookUp, type Param, type ParamValue } from '../params/param';

/**
 * shared/params/param.ts `valueAt`, remembering each parameter's answers for the last few dates: a batch of estimates
 * reads the same parameters on a few dates, and the lookup builds its stale note afresh each time. At most `DATES`
 * dates per parameter (then it starts over), so no stream of requests can grow it; an answer is the same object each
 * time, which no caller changes.
 */
const DATES = 16;
const answers = new Map<Param<unknown>, Map<string, ParamValue<unknown>>>();

export function valueAt<T>(p: Param<T>, date: string): ParamValue<T> {
  let byDate = answers.get(p as Param<unknown>);
  if (byDate === undefined) {
    byDate = new Map();
    answers.set(p as Param<unknown>, byDate);
  }
  const hit = byDate.get(date);
  if (hit !== undefined) return hit as ParamValue<T>;
  const value = lookUp(p, date);
  if (byDate.size >= DATES) byDate.clear();
  byDate.set(date, value);
  return value;
}
