import { cite } from '../../../source';
import type { Filing } from '../../../onething/types';
import { DOC } from '../documents';

/** 异地就医备案 for 巴中 (004 第一章 二十七、二十八问; 第七章 二问（二）、四问). */
export const FILING: Filing = {
  online: {
    value: ['国家医保服务APP', '国家异地就医备案小程序', '国务院客户端小程序', '四川医保APP', '四川医保公共服务平台小程序'],
    source: cite(DOC, '第一章 二十七、异地就医备案办理'),
  },
  offline: {
    value: '参保地医保经办机构窗口以及乡镇便民服务中心医保窗口；也可到市、县（区）市民之家办理。',
    source: cite(DOC, '第一章 二十七、异地就医备案办理；第七章 四问'),
  },
  // 二十八问 names who may file long-term; the proof each must bring is not printed in 004.
  longTermProof: null,
};
