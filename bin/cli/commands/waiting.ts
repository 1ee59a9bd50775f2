import { waiting } from '../../../shared/waiting';
import { printJson, readJsonArg, runCases } from '../io';

/** `yibao waiting <file|->`: one waiting-period case or an array of them → when the fund starts paying, explained. */
export function waitingCommand(args: string[]): number {
  const { output, failed } = runCases(readJsonArg(args[0]), waiting);
  printJson(output);
  return failed ? 2 : 0;
}
