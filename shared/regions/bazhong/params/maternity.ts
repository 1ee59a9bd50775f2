import { param } from '../../../params/param';
import { cite } from '../../../source';
import { DOC } from '../documents';


/** Limits of 生育医疗费 (paid at actual cost below the limit: "不足限额支付标准的据实支付"). */
export interface MaternityLimits {
  /** 产前检查费: a fixed allowance paid to the mother; for a termination, by completed weeks (highest first). */
  prenatalCheck: { delivery: string; termination: { fromWeeks: number; amount: string }[] };
  delivery: { normal: string; difficult: string; perExtraBaby: string };
  termination: { over16Weeks: string; caesareanExtra: string; under16Weeks: string };
}

/**
 * 城乡居民 (第三章 十四问): 产前检查费 500 元 (生育或怀孕满 7 个月以上终止妊娠); 顺产 2000、难产（含剖宫产）3500、
 * 每多一个婴儿 +800; 终止妊娠满 4 个月（16 周）以上 1000（剖宫术 +500）、不满 4 个月 200.
 */
export const residentMaternity = param<MaternityLimits>('城乡居民生育医疗待遇', 'table', {
  '2025-01-01': {
    source: cite(DOC, '第三章 十四问'),
    note: '“满 7 个月”按手册自己的换算（满 4 个月 = 孕 16 周）读作孕 28 周；不满 7 个月终止妊娠手册未给产前检查费，不予计算。',
    value: {
      prenatalCheck: { delivery: '500', termination: [{ fromWeeks: 28, amount: '500' }] },
      delivery: { normal: '2000', difficult: '3500', perExtraBaby: '800' },
      termination: { over16Weeks: '1000', caesareanExtra: '500', under16Weeks: '200' },
    },
  },
});

/**
 * 职工 (第二章 二十八问): 产前检查费 800 元（满 16 周以上终止妊娠 500、不满 16 周 200）; 顺产 3500、难产（含剖宫产）
 * 5500、每多一个婴儿 +800; 终止妊娠满 16 周以上 1800（剖宫术 +900）、不满 16 周 500.
 */
export const employeeMaternity = param<MaternityLimits>('职工生育保险待遇', 'table', {
  '2025-01-01': {
    source: cite(DOC, '第二章 二十八问'),
    value: {
      prenatalCheck: {
        delivery: '800',
        termination: [
          { fromWeeks: 16, amount: '500' },
          { fromWeeks: 0, amount: '200' },
        ],
      },
      delivery: { normal: '3500', difficult: '5500', perExtraBaby: '800' },
      termination: { over16Weeks: '1800', caesareanExtra: '900', under16Weeks: '500' },
    },
  },
});
