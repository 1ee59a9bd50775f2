import { DEFAULT_PROFILE, REGION_CHOICES, parseProfile, regionName, withRegion } from '../../miniprogram/models/profile';
import { REGIONS, regionsWith } from '../../shared/regions';
import { CATEGORY_NAMES as SHARED_CATEGORY_NAMES } from '../../shared/schemas/estimate';
import { CATEGORY_NAMES, REGION_CATEGORY_IDS, categoriesOf, isCategory } from '../../miniprogram/models/categories';

describe('the profile remembered on the device', () => {
  test('the home page offers exactly the regions the rules cover, under the same names and schemes', () => {
    expect(REGION_CHOICES.map((c) => c.id).sort()).toEqual(regionsWith('estimate').map((r) => r.id).sort());
    for (const choice of REGION_CHOICES) {
      expect(REGIONS[choice.id]?.name).toBe(choice.name);
      expect([...choice.schemes].sort()).toEqual([...REGIONS[choice.id].schemes].sort());
    }
    expect(regionName('bazhong')).toBe('四川省巴中市');
  });

  test('moving to another region keeps only what that region covers', () => {
    expect(withRegion({ region: 'bazhong', scheme: 'employee', categories: ['dibao', 'orphan'] }, 'suizhou')).toEqual({
      region: 'suizhou',
      scheme: 'resident',
      categories: ['dibao', 'orphan'],
    });
    expect(withRegion({ region: 'suizhou', scheme: 'resident', categories: ['veteran', 'dibao'] }, 'bazhong')).toEqual({
      region: 'bazhong',
      scheme: 'resident',
      categories: ['dibao'],
    });
    expect(parseProfile({ region: 'suizhou', scheme: 'employee', categories: ['veteran'] })).toEqual({
      region: 'suizhou',
      scheme: 'resident',
      categories: ['veteran'],
    });
  });

  test('a stored profile reads back; anything unknown falls back to the default', () => {
    expect(parseProfile({ region: 'bazhong', scheme: 'employee', categories: ['dibao', 'orphan'] })).toEqual({
      region: 'bazhong',
      scheme: 'employee',
      categories: ['dibao', 'orphan'],
    });
    expect(parseProfile(undefined)).toEqual(DEFAULT_PROFILE);
    expect(parseProfile({ region: 'mars', scheme: 'x', categories: ['dibao', 'dibao', 'nobody', 3] })).toEqual({
      region: 'bazhong',
      scheme: 'resident',
      categories: ['dibao'],
    });
  });

  test('the 救助身份 the main package lists are the rules\' own: same words, and per region the same ids in the same order', () => {
    expect(CATEGORY_NAMES).toEqual(SHARED_CATEGORY_NAMES);
    expect(REGION_CATEGORY_IDS).toEqual(Object.fromEntries(regionsWith('estimate').map((r) => [r.id, r.categories.map((c) => c.id)])));
    expect(categoriesOf('bazhong')).toHaveLength(6);
    expect(categoriesOf('mars')).toEqual([]);
    expect(isCategory('dibao')).toBe(true);
    expect(isCategory('toString')).toBe(false);
  });
});
