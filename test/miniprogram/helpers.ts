import { emptyDraft, type EstimateDraft } from '../../miniprogram/packages/estimate/model/draft';

export const TODAY = '2025-06-01';

/** 张三 (004 第一章 四十三): resident, 住院 in a 乡镇卫生院, 市内, total 4,500, in scope 4,200. */
export function zhangSanDraft(patch: Partial<EstimateDraft> = {}): EstimateDraft {
  return {
    ...emptyDraft(),
    scheme: 'resident',
    facilityLevel: 'township',
    place: 'local',
    totalCost: '4500',
    inScopeCost: '4200',
    ...patch,
  };
}

/** A resident's 冠心病 (M04600, 第四章 三问: 居民 800 元/年) outpatient bill. */
export function chronicDraft(patch: Partial<EstimateDraft> = {}): EstimateDraft {
  return {
    ...emptyDraft(),
    visitType: 'chronic',
    scheme: 'resident',
    diseaseCode: 'M04600',
    totalCost: '1200',
    inScopeCost: '1000',
    ...patch,
  };
}
