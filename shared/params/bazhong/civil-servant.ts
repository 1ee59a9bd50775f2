import { param } from '../param';
import { cite } from '../../source';

/** 公务员医疗补助: 60% of what the fund leaves of in-scope inpatient cost (含二类门特), capped per year. */
export const civilServantInpatient = param<{ ratio: string }>('公务员医疗补助住院报销比例', 'table', {
  source: cite('004_6dc5632ce2988a73.txt', '第二章 三十三问'),
  values: { '2025-01-01': { ratio: '0.60' } },
});
