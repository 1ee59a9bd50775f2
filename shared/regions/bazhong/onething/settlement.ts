import { cite } from '../../../source';
import type { Settlement } from '../../../onething/types';
import { DOC } from '../documents';

/** 直接结算 vs 手工报销 for 巴中 (004 第七章 二问（四）、四问 注; 第二章 三十八问; 第三章 十七问). */
export const SETTLEMENT: Settlement = {
  direct: {
    value: '在省内定点医疗机构发生的医药费用，应当由医保统筹基金支付的部分，在相关的定点医疗机构直接结算；异地就医先按参保地规定办理异地就医备案。',
    source: cite(DOC, '第七章 二问（四）、四问 注'),
  },
  manualWhen: {
    value: [
      '异地就医没能通过异地就医结算平台即时结算的（个人全额垫付）',
      '出院时无法报销的住院费用',
      '在省外就医、定点医药机构没有直接结算的单行支付药品、高值药品费用',
    ],
    source: cite(DOC, '第二章 三十八问；第三章 十七问；第五章 四问（二）'),
  },
  manualChannels: {
    value: ['持发票（结算票据）、费用清单、出院证明等原始资料到参保地医保经办机构申请结算'],
    source: cite(DOC, '第二章 三十八问；第三章 十七问'),
  },
};
