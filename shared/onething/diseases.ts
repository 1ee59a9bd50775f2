import { cite } from '../source';
import type { CrossDisease } from './types';

/**
 * The ten 门诊慢特病 that "已实现跨省异地就医直接结算", in the order and words of 003 五（三） and 004 第七章 二问（三）
 * (002 三、门诊待遇 prints the same ten with shorter names: "恶性肿瘤门诊治疗", "器官移植抗排异治疗", "类风湿性关节炎").
 */
export const CROSS_DISEASES: readonly CrossDisease[] = [
  { id: 'hypertension', name: '高血压' },
  { id: 'diabetes', name: '糖尿病' },
  { id: 'cancer-outpatient', name: '恶性肿瘤门诊放化疗' },
  { id: 'uremia-dialysis', name: '尿毒症透析' },
  { id: 'transplant', name: '器官移植术后抗排异治疗' },
  { id: 'copd', name: '慢性阻塞性肺疾病' },
  { id: 'rheumatoid', name: '类风湿关节炎' },
  { id: 'coronary', name: '冠心病' },
  { id: 'viral-hepatitis', name: '病毒性肝炎' },
  { id: 'ankylosing', name: '强直性脊柱炎' },
];

export const CROSS_DISEASES_SOURCES = [
  cite('003_721ce283759161d0.txt', '五、办理条件（三）'),
  cite('004_6dc5632ce2988a73.txt', '第七章 二问（三）'),
  cite('002_711c23464f3dfc1b.txt', '三、门诊待遇（异地就医门诊问答 3）'),
] as const;

export function crossDiseaseName(id: string): string | undefined {
  return CROSS_DISEASES.find((d) => d.id === id)?.name;
}
