import type { ContactGroup } from '../contacts/types';
import { cite } from '../source';
import { GUIDE } from './documents';

const HOTLINES = cite(GUIDE, '附件4 “就医费用报销一件事”咨询服务电话');

/**
 * 003 附件4, the 山西 numbers for the filings this product takes (异地就医备案, 住院省内异地线上手工报销), by city as
 * printed; "各地医保部门…咨询服务电话(详见山西医保微信公众号→微服务→联系我们)" is its own note.
 */
export const FILING_CONTACTS: ContactGroup = {
  id: 'shanxi-filing',
  place: '山西省',
  topic: '“就医费用报销一件事”咨询：异地就医备案、住院省内异地线上手工报销',
  note: '各地医保部门的咨询服务电话详见山西医保微信公众号→微服务→联系我们。',
  contacts: (
    [
      ['省本级', '0351-4957436', '0351-7797041'],
      ['太原市', '0351-2377283'],
      ['大同市', '0352-7982072'],
      ['阳泉市', '0353-2296796', '0353-2296736'],
      ['长治市', '0355-2031530'],
      ['晋城市', '0356-2218167', '0356-2218170'],
      ['朔州市', '0349-2155659', '0349-2155625'],
      ['忻州市', '0350-3032386', '0350-3031029'],
      ['晋中市', '0354-3075516'],
      ['吕梁市', '0358-8487128', '0358-8487117'],
      ['临汾市', '0357-7186799', '0357-7186975'],
      ['运城市', '0359-2059128', '0359-2223621'],
    ] as const
  ).map(([name, ...phones]) => ({ name, phones: [...phones], source: HOTLINES })),
};

/**
 * Who handles a filing and how long it takes, as 003 says it: "三、实施单位 各级医保经办机构、政务服务部门,定点医药机构";
 * "四、层级时限 省、市、县三级均可受理。材料齐全、符合条件者,即时办结。"
 */
export const FILING_HANDLING = {
  who: '参保地医保经办机构（省、市、县三级均可受理）',
  when: '材料齐全、符合条件的，即时办结；材料不全会退回，写明要补什么。',
  source: cite(GUIDE, '三、实施单位；四、层级时限'),
} as const;
