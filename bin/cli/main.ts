import { estimateCommand } from './commands/estimate';
import { regionsCommand } from './commands/regions';
import { errorAnswer, printJson } from './io';

const USAGE = `用法：
  yibao estimate <文件|->   估算一次或一批就医费用（JSON 单个案例或数组）
  yibao regions             列出已收录的参保地及其范围`;

const COMMANDS: Record<string, (args: string[]) => number> = {
  estimate: estimateCommand,
  regions: regionsCommand,
};

function main(argv: string[]): number {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(USAGE + '\n');
    return name ? 2 : 0;
  }
  try {
    return command(args);
  } catch (e) {
    printJson(errorAnswer(e));
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
