import { param } from '../../../../params/param';
import { cite } from '../../../../source';
import { DOC } from '../../documents';


/**
 * “两类人员”（灵活就业人员、领取失业保险金人员）生育津贴: "在我省生育保险缴费连续不间断满12个月（含）" (十五问);
 * 2025 年过渡: "职工基本医疗保险处于连续不间断参保缴费12个月（含）及以上……可待生育保险费缴纳满12个月后，按规定
 * 享受生育津贴" (十六问). The two groups may join 生育保险 from 2025-01 (十三问).
 */
export const maternityAllowanceRule = param<{
  minContinuousMonths: number;
  transitionYear: number | null;
  transitionBasicMonths: number;
}>('“两类人员”生育津贴享受条件', 'table', {
  '2025-01-01': {
    source: cite(DOC, '第二章 十三问、十五问、十六问'),
    value: { minContinuousMonths: 12, transitionYear: 2025, transitionBasicMonths: 12 },
  },
  '2026-01-01': {
    source: cite(DOC, '第二章 十三问、十五问、十六问'),
    value: { minContinuousMonths: 12, transitionYear: null, transitionBasicMonths: 12 },
  },
});
