import { cite, Source } from '../../source';
import { GUIDE, HANDBOOK } from '../documents';

/**
 * Two situations need no application: the app explains them instead of creating one (issue 4). GLOSSARY names:
 * emergency (急诊抢救) and unfiled (非急诊且未转诊), both deemedFiled (视同已备案).
 */
export interface DeemedFiledExplanation {
  id: 'emergency' | 'unfiled';
  label: string;
  /** Why no application is needed, quoted. */
  whyNoFiling: { text: string; source: Source }[];
  /** How reimbursement differs from a filed stay, quoted. */
  reimbursement: { text: string; source: Source }[];
}

export const DEEMED_FILED: DeemedFiledExplanation[] = [
  {
    id: 'emergency',
    label: '异地急诊抢救',
    whyNoFiling: [
      { text: '因工作、旅游等原因异地急诊抢救人员（视同已备案，无需单独备案）', source: cite(HANDBOOK, '第一章 二十九（二）') },
      { text: '异地急诊抢救人员视同已备案。需就医地医疗机构上传"急诊标识"。', source: cite(GUIDE, '附件1 温馨提示 5') },
      { text: '异地就医急诊人员无需备案,由异地医院端进行急诊标识即可。', source: cite(GUIDE, '五、办理条件（二）') },
    ],
    reimbursement: [
      // 004 lists 急诊抢救 among the 临时异地就医备案 objects (二十九), so the 临时备案地 rule of 三十（二） applies.
      { text: '在临时备案地住院，执行市外起付标准，报销比例比市内同等级医疗机构降低 5%', source: cite(HANDBOOK, '第一章 三十（二）') },
    ],
  },
  {
    id: 'unfiled',
    label: '非急诊且未转诊就医',
    whyNoFiling: [
      { text: '非急诊且未转诊就医人员:各地均优化为视同已备案。按非急诊且未转诊就医人员待遇报销。', source: cite(GUIDE, '附件1 温馨提示 4') },
      { text: '非急诊且未转诊就医人员无需备案优化为视同备案', source: cite(GUIDE, '五、办理条件（二）') },
    ],
    reimbursement: [
      {
        text: '非急诊且未转诊的其他临时外出住院人员，执行市外起付标准，报销比例比市内同等级医疗机构降低 10%。',
        source: cite(HANDBOOK, '第一章 三十（三）'),
      },
    ],
  },
];

/** For comparison on the same page: what filing earns (004 第一章 三十（一）（二）). */
export const FILED_REIMBURSEMENT = [
  { term: 'longTerm', text: '在长期备案地住院，起付线和报销比例与市内同等级医疗机构相同', source: cite(HANDBOOK, '第一章 三十（一）') },
  { term: 'temporary', text: '在临时备案地住院，执行市外起付标准，报销比例比市内同等级医疗机构降低 5%', source: cite(HANDBOOK, '第一章 三十（二）') },
] as const;
