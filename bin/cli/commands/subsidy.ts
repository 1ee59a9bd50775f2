import { subsidy } from '../../../shared/veteran';
import { printJson, readJsonArg, runCases } from '../io';

/**
 * `yibao subsidy <file|->`: one 优抚对象医疗补助 case or an array (issue 6's CLI contract) → subsidy, ratio, annualCap,
 * remainingCap, outpatientAllowance, nextApplicationMonth and the cited steps, from the same rules as the app.
 */
export function subsidyCommand(args: string[]): number {
  const { output, failed } = runCases(readJsonArg(args[0]), subsidy);
  printJson(output);
  return failed ? 2 : 0;
}
