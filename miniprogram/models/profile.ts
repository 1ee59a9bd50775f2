import { manifestsWith } from '../../shared/regions/vocabulary';
import { categoriesOf, isCategory, type CategoryId } from './categories';

/**
 * The person the app is used for, remembered on the device: where they are insured, which scheme, and the 救助身份
 * that change what 医疗救助 pays. The estimate form starts from it.
 */
export type Scheme = 'resident' | 'employee';

export interface Profile {
  region: string;
  scheme: Scheme;
  categories: CategoryId[];
}

/** Regions the app offers: those with an estimate, with the schemes their documents cover (their manifests). */
export const REGION_CHOICES: readonly { id: string; name: string; schemes: readonly Scheme[] }[] = manifestsWith('estimate').map(
  ({ id, name, schemes }) => ({ id, name, schemes }),
);

export const SCHEME_NAMES: Record<Scheme, string> = {
  resident: '城乡居民医保',
  employee: '职工医保',
};

/** The first region the app offers, as a resident with no identity. */
export const DEFAULT_PROFILE: Profile = { region: REGION_CHOICES[0].id, scheme: 'resident', categories: [] };

export function regionName(id: string): string {
  return REGION_CHOICES.find((r) => r.id === id)?.name ?? id;
}

export function schemesOf(region: string): readonly Scheme[] {
  return REGION_CHOICES.find((r) => r.id === region)?.schemes ?? [];
}

/**
 * A profile moved to another region: the scheme and identities that region does not know are dropped (a region may
 * cover residents only, and regions' identities differ), so nothing the new region's rules would refuse is kept.
 */
export function withRegion(profile: Profile, region: string): Profile {
  const schemes = schemesOf(region);
  const allowed = categoriesOf(region);
  return {
    region,
    scheme: schemes.includes(profile.scheme) ? profile.scheme : (schemes[0] ?? 'resident'),
    categories: profile.categories.filter((c) => allowed.includes(c)),
  };
}

/** Reads a stored profile; anything unknown falls back to the default rather than failing. */
export function parseProfile(raw: unknown): Profile {
  if (!raw || typeof raw !== 'object') return { ...DEFAULT_PROFILE };
  const r = raw as Record<string, unknown>;
  const region = REGION_CHOICES.some((c) => c.id === r.region) ? (r.region as string) : DEFAULT_PROFILE.region;
  const scheme: Scheme = r.scheme === 'employee' ? 'employee' : 'resident';
  const categories = Array.isArray(r.categories) ? Array.from(new Set(r.categories.filter(isCategory))) : [];
  return withRegion({ region, scheme, categories }, region);
}
