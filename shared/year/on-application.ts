import { RuleError, invalidField, notCovered } from '../errors';
import { isIsoDate } from '../dates';
import { categoriesOf, knownList, manifestById } from '../regions/vocabulary';
import { YEAR } from '../regions/registry/year';
import type { ApplicationAssistance, ApplicationOptions, RunVisit } from './program';

export type { ApplicationAssistance, ApplicationOptions, CountedVisit, ExcludedVisit, RunVisit } from './program';

/** The regions whose year rules compute 依申请救助 (for the pages: whether to offer it). */
export function offersApplicationAssistance(region: string): boolean {
  return Object.prototype.hasOwnProperty.call(YEAR, region) && YEAR[region].applicationAssistance !== undefined;
}

/**
 * 依申请救助 as its own estimate over the year record (issue 14): retrospective, applied for after the person is
 * recognised as a 医疗救助对象 on `recognisedOn`, over the self-pay of the visits before it — never paid at the
 * hospital's settlement. `visits` are the run year (shared/year/chain.ts runYear; two years' runs may be joined when
 * the months before span a new year); the region is `options.region`, else the visits'. A region without it is
 * refused NOT_COVERED, saying why where its documents have one that is not encoded.
 */
export function applicationAssistance(visits: RunVisit[], recognisedOn: string, options: ApplicationOptions = {}): ApplicationAssistance {
  if (typeof recognisedOn !== 'string' || !isIsoDate(recognisedOn)) {
    throw invalidField('认定为救助对象的日期', '日期必须是 YYYY-MM-DD', ['recognisedOn']);
  }
  const region = options.region ?? visits.find((v) => v.entry.case)?.entry.case?.region;
  if (region === undefined) {
    throw new RuleError('INVALID_INPUT', '没有可计算的就医记录：依申请救助按认定前的住院、门诊慢特病记录计算，请先记入本年的就医', 'visits');
  }
  const program = Object.prototype.hasOwnProperty.call(YEAR, region) ? YEAR[region] : undefined;
  if (!program?.applicationAssistance) {
    const name = manifestById(region)?.name ?? `参保地“${region}”`;
    const covered = Object.keys(YEAR).filter(offersApplicationAssistance).flatMap((id) => manifestById(id) ?? []);
    const why = program?.applicationAssistanceNotCovered ?? `${name}暂未收录依申请救助`;
    throw notCovered(`${why}；目前收录依申请救助的参保地：${knownList(covered)}`, 'region');
  }
  if (options.category !== undefined) {
    const allowed = categoriesOf(region);
    if (!(allowed as readonly string[]).includes(options.category)) {
      throw invalidField('认定的救助身份', `取值不在允许范围内（可选：${allowed.join('、')}）`, ['category']);
    }
  }
  return program.applicationAssistance(visits, recognisedOn, options);
}
