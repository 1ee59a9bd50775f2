import { cite } from '../../../source';
import type { OneThingProgram } from '../../../onething/types';
import { DOC } from '../documents';
import { CROSS_PROVINCE } from './cross-province';
import { DEADLINES } from './deadlines';
import { FAMILY } from './family';
import { FILING } from './filing';
import { SETTLEMENT } from './settlement';

/** 就医费用报销“一件事” in 巴中 (004 第七章), read by shared/onething through shared/regions/registry/onething.ts. */
export const onething: OneThingProgram = {
  name: '巴中市',
  schemes: ['resident', 'employee'],
  entry: {
    value: '“四川政务服务网”—“一件事服务”专区—“就医费用报销一件事”',
    source: cite(DOC, '第七章 四问'),
  },
  family: FAMILY,
  filing: FILING,
  crossProvince: CROSS_PROVINCE,
  settlement: SETTLEMENT,
  deadlines: DEADLINES,
  silent: [
    '手册没有写长期异地备案要带哪些证明材料（第一章 二十八问只列了办理对象）',
    '手册没有写家庭共济是否要在线签署承诺书，只写了先绑定家庭成员关系',
    '手册没有印出跨省直接结算的 10 个病种与本市病种编码的对照表',
  ],
};
