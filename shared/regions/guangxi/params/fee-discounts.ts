import { param } from '../../../params/param';
import { cite } from '../../../source';
import { DOC } from '../documents';

/**
 * 第二十条 自治区内公立医疗机构: "（一）落实医疗救助政策，手术费按 70%、诊查费按 50% 收取；（二）医疗器械设备检查费减免
 * 比例原则上不低于 10%；（三）住院床位费减免比例不低于 10%". `chargedShare` is what is charged; `minReduction` is a
 * floor on the reduction, so the charge computed from it is the most a disabled veteran should pay.
 */
export const publicHospitalDiscounts = param<{
  surgery: { chargedShare: string };
  consultation: { chargedShare: string };
  equipmentExam: { minReduction: string };
  bed: { minReduction: string };
}>('公立医疗机构医疗费用优惠', 'table', {
  '2023-12-29': {
    source: cite(DOC, '第二十条'),
    value: {
      surgery: { chargedShare: '0.70' },
      consultation: { chargedShare: '0.50' },
      equipmentExam: { minReduction: '0.10' },
      bed: { minReduction: '0.10' },
    },
  },
});

/** 第二十一条 军队医疗机构: "……并免除门急诊诊查费". */
export const militaryHospitalWaiver = param<{ waived: string }>('军队医疗机构免除门急诊诊查费', 'text', {
  '2023-12-29': {
    source: cite(DOC, '第二十一条'),
    value: { waived: '门急诊诊查费' },
  },
});

/** 第二十二条 自治区各级优抚医院: "……并免除普通门诊诊查费". */
export const specialCareHospitalWaiver = param<{ waived: string }>('优抚医院免除普通门诊诊查费', 'text', {
  '2023-12-29': {
    source: cite(DOC, '第二十二条'),
    value: { waived: '普通门诊诊查费' },
  },
});
