import type { ContactGroup } from '../../contacts/types';
import { cite } from '../../source';
import { DOC } from './documents';

/**
 * 002's closing slide (业务类型 / 电话号码) gives two numbers; its 意外伤害 slide names a 外伤专线 for reporting an
 * injury: "所有因外伤住院的参保居民均需拨打人保公司外伤专线电话（0722-3563216）报备". The slides give no addresses or hours.
 */
export const CONTACTS: ContactGroup[] = [
  {
    id: 'suizhou-hotlines',
    place: '随县',
    topic: '城乡居民医保咨询',
    contacts: [
      { name: '待遇政策咨询', phones: ['0722-3560608'], source: cite(DOC, '咨询电话') },
      { name: '参保政策咨询', phones: ['0722-3338711'], source: cite(DOC, '咨询电话') },
      {
        name: '人保公司外伤专线（因外伤住院均须报备）',
        phones: ['0722-3563216'],
        source: cite(DOC, '各种医疗类别的区别（外伤住院）'),
      },
    ],
  },
];
