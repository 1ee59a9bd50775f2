import { knownList, regionsWith } from '../../../shared/regions';
import { notCovered } from '../../../shared/errors';
import { printJson, readJsonArg, runCases } from '../io';

/**
 * The 参保缴费 program of the query's region. A query without a region goes to the first region that has one, whose
 * schema asks for it ("请选择参保地"); a region without a program is refused naming those that have one.
 */
function premium(input: unknown): object {
  const regions = regionsWith('premium');
  const asked = input && typeof input === 'object' ? (input as { region?: unknown }).region : undefined;
  const region = regions.find((r) => r.id === asked);
  if (region) return region.premium(input);
  if (typeof asked === 'string' && asked.length > 0) {
    throw notCovered(`参保地“${asked}”的参保缴费标准暂未收录，目前支持：${knownList(regions)}`, 'region');
  }
  return regions[0].premium(input);
}

/**
 * `yibao premium <file|->`: what a resident pays for a coverage year after 资助参保, one query
 * `{ region, year, categories }` or an array: 巴中市 2025、2026 年度 (004 第三章 六问、八问，第六章 四问), 随县 2025 年度
 * (002 二、参保缴费).
 */
export function premiumCommand(args: string[]): number {
  const { output, failed } = runCases(readJsonArg(args[0]), premium);
  printJson(output);
  return failed ? 2 : 0;
}
