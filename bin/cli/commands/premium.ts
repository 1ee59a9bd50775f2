import { premium } from '../../../shared/regions/suizhou/premium';
import { printJson, readJsonArg, runCases } from '../io';

/**
 * `yibao premium <file|->`: what a resident pays for a coverage year after 资助参保 (随县 2025, 002), one query
 * `{ region, year, categories }` or an array.
 */
export function premiumCommand(args: string[]): number {
  const { output, failed } = runCases(readJsonArg(args[0]), premium);
  printJson(output);
  return failed ? 2 : 0;
}
