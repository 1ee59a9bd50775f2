import { cite } from '../../../source';
import type { FamilySharing } from '../../../onething/types';
import { DOC } from '../documents';

/**
 * 职工医保个人账户家庭共济 for 巴中 (004 第二章 二十五问, 第七章 二问（一）、四问). The handbook says the family is bound
 * first; it does not describe signing a commitment, so `authorise` keeps its binding sentence only.
 */
export const FAMILY: FamilySharing = {
  relatives: {
    value: ['配偶', '父母', '子女', '兄弟姐妹', '祖父母', '外祖父母', '孙子女', '外孙子女'],
    source: cite(DOC, '第二章 二十五问'),
  },
  pays: {
    value: ['近亲属参加居民医保中个人缴费部分', '本人和已参保近亲属在定点医药机构就医购药发生的个人自付医药费用'],
    source: cite(DOC, '第二章 二十五问'),
  },
  authorise: {
    value: '共济前需绑定家庭成员关系，已绑定的无需重复绑定。',
    source: cite(DOC, '第七章 二问（一）'),
  },
  channels: {
    value: [
      '线上：“四川政务服务网”—“一件事服务”专区—“就医费用报销一件事”，个人登录后按系统提示办理',
      '线下：到市、县（区）市民之家咨询个人账户为近亲属缴纳居民医保费的流程',
      '为已参保近亲属支付就医购药的个人自付费用：直接在相关定点医疗机构办理',
    ],
    source: cite(DOC, '第七章 四问'),
  },
};
