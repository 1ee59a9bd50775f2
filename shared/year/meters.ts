import { RuleError, notCovered } from '../errors';
import { parseOrThrow } from '../schemas/common';
import { estimateCaseSchema } from '../schemas/estimate';
import type { EstimateResult } from '../result';
import { knownList, manifestById } from '../regions/vocabulary';
import { YEAR } from '../regions/registry/year';
import type { Meter } from './meter';

export type { Meter } from './meter';

/**
 * How far the year has gone, after this visit, against each cap and deductible of its region, scheme and visit type
 * (issue 14: fund cap, 大病/大额 deductible and cap, assistance limits…): `used` from the result's yearToDateAfter,
 * `limit` and its citation from the same dated parameter the estimate read. `input` is the request the result came
 * from (case + yearToDate sent): the person and the visit decide which caps apply (a 救助身份, 退休, the history
 * that moves a 大病 cap). Refused like the estimate: invalid input, or a region without year rules.
 */
export function yearMeters(result: EstimateResult, input: Record<string, unknown>): Meter[] {
  const c = parseOrThrow(estimateCaseSchema, input);
  if (c.region !== result.region || c.date !== result.date || c.visit.type !== result.visitType) {
    throw new RuleError('INVALID_INPUT', '估算结果与就医信息不一致（参保地、结算日期或就医类型不同），无法计算本年额度', 'region');
  }
  const program = Object.prototype.hasOwnProperty.call(YEAR, c.region) ? YEAR[c.region] : undefined;
  if (!program) {
    const covered = Object.keys(YEAR).flatMap((id) => manifestById(id) ?? []);
    throw notCovered(`参保地“${c.region}”暂未收录本年额度，目前支持：${knownList(covered)}`, 'region');
  }
  return program.meters(result, c);
}
