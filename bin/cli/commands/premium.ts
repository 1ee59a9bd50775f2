import { regionsWith } from '../../../shared/regions';
import { printJson, readJsonArg, runCases } from '../io';

/**
 * The 参保缴费 program of the query's region; a query for another region goes to the first region that has one, whose
 * own check refuses it in its words ("…暂未收录，目前只收录…").
 */
function premium(input: unknown): object {
  const regions = regionsWith('premium');
  const asked = input && typeof input === 'object' ? (input as { region?: unknown }).region : undefined;
  const region = regions.find((r) => r.id === asked) ?? regions[0];
  return region.premium(input);
}

/**
 * `yibao premium <file|->`: what a resident pays for a coverage year after 资助参保, one query
 * `{ region, year, categories }` or an array.
 */
export function premiumCommand(args: string[]): number {
  const { output, failed } = runCases(readJsonArg(args[0]), premium);
  printJson(output);
  return failed ? 2 : 0;
}
