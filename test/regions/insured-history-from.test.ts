import { manifestById, manifests } from '../../shared/regions/vocabulary';
import { seriousIllnessBreakPenalty, seriousIllnessIncentives } from '../../shared/regions/bazhong/params/waiting/serious-illness-incentives';
import { FIRST_HISTORY_YEAR } from '../../miniprogram/models/profile';

/**
 * The home page asks the 参保 history from the year the manifest gives; the rules count it from the parameters'
 * `countFrom` (004 第三章 九问 "从2025年起连续参保", 十问（一）"从2025年起…断保"). The two must not drift apart.
 */
test('巴中: the manifest asks the history from the year 九问 and 十问（一） count from (2025)', () => {
  const from = manifestById('bazhong')?.form?.insuredHistoryFrom;
  for (const p of [seriousIllnessIncentives, seriousIllnessBreakPenalty]) {
    for (const { value } of Object.values(p.values)) expect(value.countFrom).toBe(from);
  }
  expect(from).toBe(2025);
  expect(FIRST_HISTORY_YEAR).toBe(2025);
});

test('a region that asks the history says from which year', () => {
  const asking = manifests().filter((m) => (m.form?.insuredHistoryFor.length ?? 0) > 0);
  expect(asking.length).toBeGreaterThan(0);
  for (const m of asking) expect({ [m.id]: m.form?.insuredHistoryFrom }).toEqual({ [m.id]: expect.any(Number) });
});
