import { param } from '../../params/param';
import { cite } from '../../source';
import { HANDBOOK } from '../documents';

/**
 * How long a filing stays in force. Neither document gives a period: 004 第七章 二问 only says "备案有效期内无需重复
 * 备案", and 003 gives none. So the value is what the app shows — "以参保地经办机构规定为准" — dated, so that a figure
 * can replace it the day a document states one.
 */
export const NOT_DOCUMENTED = '以参保地经办机构规定为准';

export const temporaryFilingValidity = param<string>('临时备案有效期', 'text', {
  '2025-03-31': {
    source: cite(HANDBOOK, '第七章 二问（二）'),
    note: '003、004 均未规定临时备案的有效期，只提到"备案有效期内无需重复备案"。',
    value: NOT_DOCUMENTED,
  },
});

export const longTermFilingValidity = param<string>('长期备案有效期', 'text', {
  '2025-03-31': {
    source: cite(HANDBOOK, '第七章 二问（二）'),
    note: '文件未写明长期备案的截止日期。本应用把已受理的长期备案视为一直有效，直到本人申请变更或取消（这是应用的状态规则，不是文件里的数字）。',
    value: NOT_DOCUMENTED,
  },
});

/** The documented 有效期 of a term, read at a date (the value in force when the filing was submitted). */
function documentedValidity(term: 'longTerm' | 'temporary', date: string): string {
  const p = term === 'longTerm' ? longTermFilingValidity : temporaryFilingValidity;
  const first = p.dates[0];
  return p.values[p.dates.filter((d) => d <= date).pop() ?? first]?.value ?? NOT_DOCUMENTED;
}

export const LONG_TERM_IN_FORCE = '长期有效，变更或取消前一直有效';

/**
 * What 有效期 says for this filing now. Accepted long-term: in force until changed or cancelled — the app's state rule
 * (issue 4), the documents giving no end date (above) — with the documented value beside it. A temporary filing's
 * period is the parameter's value. A cancelled filing is no longer in force.
 */
export function filingValidity(status: string, filedOn: string, term: 'longTerm' | 'temporary'): string {
  if (status === 'cancelled') return '已取消，不再有效';
  const documented = documentedValidity(term, filedOn);
  if (status === 'accepted' && term === 'longTerm') return `${LONG_TERM_IN_FORCE}（${documented}）`;
  return documented;
}
