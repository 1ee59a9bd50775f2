import { buildCatalogue } from '../../../catalogue/lookup';
import { chronicLimits } from '../params/chronic-limits';
import { chronicRatio, specialDisease } from '../params/chronic-special';
import { chronicDiseases } from './chronic';
import { specialDiseases } from './special';
import { institutionsSource, recognitionAreas } from './institutions';
import { application } from './application';

/** The region's 门诊慢特病 catalogue (004 第四章): its chain reads it here, everyone else through shared/catalogue. */
export const catalogue = buildCatalogue({
  chronic: chronicDiseases,
  special: specialDiseases,
  limits: chronicLimits,
  benefits: { chronicRatio, specialDisease },
  recognitionAreas,
  institutionsSource,
  application,
});
