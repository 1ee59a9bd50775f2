import { estimate } from '../../../shared/estimate';
import { printJson, readJsonArg, runCases } from '../io';

/** `yibao estimate <file|->`: one case or an array of cases → one result or an array of results. */
export function estimateCommand(args: string[]): number {
  const { output, failed } = runCases(readJsonArg(args[0]), estimate);
  printJson(output);
  return failed ? 2 : 0;
}
