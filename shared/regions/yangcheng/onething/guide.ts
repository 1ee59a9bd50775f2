/** 山西省“就医费用报销一件事”办事指南 (003): the province's guide, which covers every 山西 基本医疗保险 参保人员 (二、服务对象). */
export const GUIDE = '003_721ce283759161d0.txt' as const;
