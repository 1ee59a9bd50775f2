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

/**
 * 职工配偶 (第二章 九问): "参加职工基本医疗保险后，配偶可以享受哪些生育医疗保险待遇？答：一是生育医疗费用补差。按职工
 * 生育医疗报销标准减去城乡居民基本医疗保险报销的生育费用。二是产前检查费补差。按职工产前检查费补助标准减去城乡居民
 * 产前检查费补助标准。" No figure of its own: the two differences are computed from employeeMaternity (二十八问) and
 * residentMaternity (十四问) above and from what the resident scheme actually paid for this bill.
 */
export const employeeSpouseTopUp = param<{ medical: string; prenatal: string }>('职工配偶生育医疗费用补差和产前检查费补差', 'text', {
  '2025-01-01': {
    source: cite(DOC, '第二章 九问'),
    note:
      '“职工生育医疗报销标准”按第二章 二十八问对同一笔政策范围内费用的报销额读（限额支付，不足限额据实支付），不按限额本身，' +
      '否则补差会超过费用；生育医疗费用补差减的是城乡居民医保本次实际报销额（原文“报销的生育费用”），产前检查费补差减的是' +
      '城乡居民补助标准（原文“补助标准”）；不满 7 个月终止妊娠城乡居民无产前检查费（第三章 十四问），其标准按 0 计。',
    value: {
      medical: '按职工生育医疗报销标准减去城乡居民基本医疗保险报销的生育费用',
      prenatal: '按职工产前检查费补助标准减去城乡居民产前检查费补助标准',
    },
  },
});
