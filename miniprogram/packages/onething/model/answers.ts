import { CROSS_DISEASES, oneThingRegions } from '../../../../shared/onething';
import type { OneThingAnswers, Stay, Where } from '../../../../shared/onething/checklist';
import type { ChoiceOption } from '../../../components/choice-group';

/** The 一件事 page's questions, in plain words. */
export const WHERE_CHOICES: ChoiceOption<Where>[] = [
  { value: 'home', label: '在参保地看病', explain: '就在参保的市、县' },
  { value: 'province', label: '去省内其他地方', explain: '同一个省，另一个市' },
  { value: 'elsewhere', label: '去外省', explain: '例如巴中参保、去广州' },
];

export const STAY_CHOICES: ChoiceOption<Stay>[] = [
  { value: 'long', label: '长期在那里', explain: '在那里长期居住、常驻工作，或退休后异地安置' },
  { value: 'short', label: '临时去看病', explain: '转诊，或临时外出就医' },
];

export const CHRONIC_CHOICES: ChoiceOption<OneThingAnswers['chronic']>[] = [
  { value: 'none', label: '没有慢特病' },
  ...CROSS_DISEASES.map((d) => ({ value: d.id, label: d.name })),
  { value: 'other', label: '其他慢特病', explain: '不在上面 10 种之内' },
];

export const YES_NO: ChoiceOption<'yes' | 'no'>[] = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '不是' },
];

/** The first answers: her profile's region when the 一件事 data covers it, else the first region that has it. */
export function firstAnswers(profile: { region: string; scheme: 'resident' | 'employee' }): OneThingAnswers {
  const regions = oneThingRegions();
  const region = regions.find((r) => r.id === profile.region) ?? regions[0];
  const scheme = region.schemes.includes(profile.scheme) ? profile.scheme : region.schemes[0];
  return { region: region.id, scheme, where: 'home', stay: 'short', chronic: 'none', recognised: false, personalAccount: false };
}

/** Answers moved to another region: a scheme that region's document does not speak of gives way to its first. */
export function withRegion(a: OneThingAnswers, region: string): OneThingAnswers {
  const schemes = oneThingRegions().find((r) => r.id === region)?.schemes ?? [];
  return { ...a, region, scheme: schemes.includes(a.scheme) ? a.scheme : (schemes[0] ?? a.scheme), personalAccount: false };
}
