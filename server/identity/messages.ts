/** The plain words the identity model answers with; the mini-program shows them as they are. */
export const WHERE_TO_VERIFY =
  '为了保护您的信息，需要核验一次：请带身份证到参保地医保经办窗口或所在乡（镇）退役军人服务站，出示“本人信息与核验”页上的核验编号；优抚对象也可以向服务站领取核验码，在该页输入。';

export const VERIFY_FAILED_MESSAGE = '核验未通过：姓名、身份证号或核验码不正确，或核验码已失效。请核对后重试，或向发码的退役军人服务站确认';

export function needsVerification(what: string): string {
  return `${what}需要先核验身份。${WHERE_TO_VERIFY}`;
}
