import type { RegionOffices } from '../../applications/offices-types';
import { cite } from '../../source';
import { CONTACTS } from './contacts';
import { DOC } from './documents';

const [WINDOWS] = CONTACTS;

/**
 * 巴中's offices for 异地就医备案 (004): 第一章 二十七 "出院结算前应向参保地医保经办机构申报备案", offline at "参保地医保经办机构
 * 窗口以及乡镇便民服务中心医保窗口"; 第七章 四问 "申请人可到市、县（区）市民之家办理异地就医备案业务" and its table of the six
 * 市民之家（经办中心）, which are the offices chosen here (their addresses and phones: ./contacts.ts). 004 says nothing of
 * 住院省内异地线上手工报销 (a 山西 service, 003), so 巴中 takes the 备案 only; it gives no time limit for a 备案; and it
 * prints no 备案承诺书 (see commitmentNote).
 */
export const offices: RegionOffices = {
  region: 'bazhong',
  place: '巴中市',
  numberPrefix: 'BZ',
  takes: ['remoteFiling'],
  officeSuffix: '医保经办中心',
  areas: WINDOWS.contacts.map((c) => ({ name: c.name, contact: c })),
  areasNote: '手册第七章四问列出的市、县（区）市民之家（经办中心），选您参保的那一个。',
  handling: {
    who: '参保地医保经办机构（市、县（区）市民之家医保窗口；线下也可到乡镇便民服务中心医保窗口）',
    when: null,
    source: cite(DOC, '第一章 二十七；第七章 四问'),
  },
  commitmentNote:
    '《巴中市医保政策宣传手册》没有印备案承诺书。这里请您签的是本程序自己的个人承诺，文字取自《山西省就医费用报销一件事办事指南》附件1《异地就医登记备案个人承诺书》，不是巴中市医保局的表格；经办中心如要求签他们的表，以窗口为准。',
  source: cite(DOC, '第七章 四问 巴中市、县（区）市民之家（经办中心）地址及联系电话'),
};
