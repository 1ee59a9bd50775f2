import type { RegionOffices } from './offices-types';
import { cite } from '../source';
import { FILING_CONTACTS, FILING_HANDLING } from './contacts';
import { GUIDE } from './documents';
import { GUIDE_NUMBER_PREFIX } from './numbers';

/**
 * 山西's filing offices (003): "三、实施单位 各级医保经办机构" and "四、层级时限 省、市、县三级均可受理", so 省本级 and the 11
 * cities of 附件4 are the offices chosen here (县 offices are not listed by 003, so none is offered). They take both
 * filings 003 sets out: 异地就医备案 (五) and 住院省内异地线上手工报销 (六). A filing stored before offices were chosen
 * was a 山西 filing with no office named: `fallback`.
 */
export const SHANXI_OFFICES: RegionOffices = {
  region: 'shanxi',
  place: FILING_CONTACTS.place,
  numberPrefix: GUIDE_NUMBER_PREFIX,
  takes: ['remoteFiling', 'manualReimbursement'],
  officeSuffix: '医保经办机构',
  areas: FILING_CONTACTS.contacts.map((c) => ({ name: c.name, contact: c })),
  areasNote: '办事指南附件4列出省本级和 11 个市；县级医保经办机构也受理（四、层级时限），但指南没有列出，在县里参保的请选所在的市。',
  handling: FILING_HANDLING,
  source: cite(GUIDE, '三、实施单位；四、层级时限；附件4'),
};
