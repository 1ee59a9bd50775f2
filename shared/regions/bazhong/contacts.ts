import type { ContactGroup } from '../../contacts/types';
import { cite } from '../../source';
import { DOC } from './documents';

const OFFICES = cite(DOC, '第七章 四问 巴中市、县（区）市民之家（经办中心）地址及联系电话');

/**
 * 004 第七章 四问: "申请人可到市、县（区）市民之家办理异地就医备案业务" and its table of the 市民之家（经办中心）; 办理时间
 * is given for 市本级, 南江县 and 通江县 only, so the others have none here. 五问: the 0827-12345 热线 for 好差评.
 */
export const CONTACTS: ContactGroup[] = [
  {
    id: 'bazhong-offices',
    place: '巴中市',
    topic: '医保经办中心（市民之家）：异地就医备案、个人账户共济咨询',
    contacts: [
      { name: '市本级', address: '巴州区红星路70号（市民之家二楼医保窗口）', hours: '工作日 9:00-12:00 13:30-17:00', phones: ['0827-5775700'], source: OFFICES },
      { name: '巴州区', address: '巴州区广场街67号九洲商业城4楼（区政务服务中心医保窗口）', phones: ['0827-8668073'], source: OFFICES },
      { name: '恩阳区', address: '恩阳区文治街道4-1号（恩阳区市民之家4楼C区1-6号）', phones: ['0827-3369181'], source: OFFICES },
      { name: '南江县', address: '南江县集州街道红塔街（红塔大厦11楼）', hours: '工作日 9:00-12:00 14:00-18:00', phones: ['0827-8227681'], source: OFFICES },
      { name: '通江县', address: '通江县壁州街道石牛大道403号（市民之家医保窗口）', hours: '工作日 9:00-12:00 13:30-17:00', phones: ['0827-7200248'], source: OFFICES },
      { name: '平昌县', address: '平昌县金宝大道四段十二号', phones: ['0827-6229907'], source: OFFICES },
    ],
  },
  {
    id: 'bazhong-feedback',
    place: '巴中市',
    topic: '对“就医费用报销一件事”办理的评价和意见',
    contacts: [{ name: '服务热线（好差评）', phones: ['0827-12345'], source: cite(DOC, '第七章 五问') }],
  },
];
