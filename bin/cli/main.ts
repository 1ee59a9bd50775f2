import { estimateCommand } from './commands/estimate';
import { regionsCommand } from './commands/regions';
import { premiumCommand } from './commands/premium';
import { waitingCommand } from './commands/waiting';
import { subsidyCommand } from './commands/subsidy';
import { yearCommand } from './commands/year';
import { staffCommand, STAFF_USAGE } from './commands/staff';
import { remindersCommand, REMINDERS_USAGE } from './commands/reminders';
import { errorAnswer, printJson } from './io';
import { ownValue } from '../../shared/own';

const USAGE = `用法：
  yibao estimate <文件|->   估算一次或一批就医费用（JSON 单个案例或数组）
  yibao regions             列出已收录的参保地及其范围
  yibao premium <文件|->    城乡居民个人缴费：按资助参保身份算本人实缴多少（巴中 2025—2026、随县 2025）
  yibao waiting <文件|->    算待遇等待期：哪天起医保开始报销、为什么、怎样缩短（JSON 单个案例或数组）
  yibao year <文件|->       按年度记录逐次估算：每次就医用此前就医的本年度累计（JSON {"entries": [...]} 或年度记录）
  yibao subsidy <文件|->    算优抚对象医疗补助：补助金额、比例、年度限额和剩余、定额门诊补助、非一站式办理月份（JSON 单个案例或数组）
${STAFF_USAGE}
${REMINDERS_USAGE}`;

const COMMANDS: Record<string, (args: string[]) => number | Promise<number>> = {
  estimate: estimateCommand,
  regions: regionsCommand,
  premium: premiumCommand,
  waiting: waitingCommand,
  subsidy: subsidyCommand,
  year: yearCommand,
  staff: staffCommand,
  reminders: remindersCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? ownValue(COMMANDS, name) : undefined;
  if (!command) {
    process.stderr.write(USAGE + '\n');
    return name ? 2 : 0;
  }
  try {
    return await command(args);
  } catch (e) {
    printJson(errorAnswer(e));
    return 2;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
