import { benefitText, diseaseOf, reviewText, unitsOf } from '../../miniprogram/packages/catalogue/model/detail';
import { catalogueRows, countOf, diseaseLimitsText, limitsText } from '../../miniprogram/packages/catalogue/model/rows';
import { catalogue } from '../../shared/catalogue';
import { TODAY } from './helpers';

describe('the catalogue list: "我的病能不能办慢特病？"', () => {
  test('without a query, every disease once, 慢病 then 特病, narrowed by kind', () => {
    expect(catalogueRows('', 'all')).toHaveLength(catalogue().length);
    expect(catalogueRows('', 'chronic')).toHaveLength(countOf('chronic'));
    expect(catalogueRows('', 'special')).toHaveLength(countOf('special'));
    expect(countOf('chronic')).toBe(33);
    expect(countOf('special')).toBe(29);
  });

  test('a search by name shows the disease with its limits', () => {
    expect(catalogueRows('高血压', 'all')).toEqual([
      {
        code: 'M03911',
        name: '高血压2级及以上（高血压性心脏病）',
        kind: 'chronic',
        limits: '职工医保 1000 元/年，城乡居民医保 600 元/年',
        subtypes: [],
        matchedSubtype: false,
      },
    ]);
  });

  test('a search that finds sub-types shows their disease once, naming the sub-types found', () => {
    const rows = catalogueRows('肾', 'all');
    const nephritis = rows.find((r) => r.code === 'M07605');
    expect(nephritis).toMatchObject({ matchedSubtype: true, subtypes: ['肾病综合征', '慢性肾小球肾炎'] });
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
    expect(catalogueRows('肾', 'chronic').every((r) => r.kind === 'chronic')).toBe(true);
  });

  test('nothing found is an empty list', () => {
    expect(catalogueRows('感冒', 'all')).toEqual([]);
  });

  test('limits read as the table prints them; sub-types with different limits read as a range', () => {
    expect(limitsText({ employee: '1500', resident: '800' })).toBe('职工医保 1500 元/年，城乡居民医保 800 元/年');
    expect(limitsText({ employee: null, resident: '600' })).toBe('职工医保未列限额，城乡居民医保 600 元/年');
    const psychiatric = catalogue('chronic').find((d) => d.code === 'M02200')!;
    expect(diseaseLimitsText(psychiatric)).toBe('职工医保 1000–2000 元/年（按亚类），城乡居民医保 600–1500 元/年（按亚类）');
    expect(diseaseLimitsText(catalogue('special')[0])).toBeUndefined();
  });
});

describe('one disease: what it takes and what it pays', () => {
  test('the page address names a disease by its code, a sub-type code or an alias code', () => {
    expect(diseaseOf('M03911')?.name).toBe('高血压2级及以上（高血压性心脏病）');
    expect(diseaseOf('M02202')?.code).toBe('M02200');
    expect(diseaseOf('M03802')?.code).toBe('M04500');
    expect(diseaseOf(encodeURIComponent('M04600'))?.code).toBe('M04600');
    expect(diseaseOf('nope')).toBeUndefined();
    expect(diseaseOf(undefined)).toBeUndefined();
  });

  test('a disease without sub-types is one unit; with sub-types, one unit each with its own limits and criteria', () => {
    const hypertension = diseaseOf('M03911')!;
    expect(unitsOf(hypertension)).toHaveLength(1);
    expect(unitsOf(hypertension)[0]).toMatchObject({ code: 'M03911', limits: '职工医保 1000 元/年，城乡居民医保 600 元/年' });
    expect(unitsOf(hypertension)[0].criteria?.basis).toContain('≥160mmHg');
    const thyroid = unitsOf(diseaseOf('M01700')!);
    expect(thyroid.map((u) => u.code)).toEqual(['M01701', 'M01702']);
    expect(thyroid.every((u) => u.criteria && u.limits)).toBe(true);
  });

  test('review cycles in plain words', () => {
    expect(reviewText({ cycleMonths: null })).toBe('长期有效，不需要定期复审');
    expect(reviewText({ cycleMonths: 12, basis: '同认定依据' })).toBe('每 12 个月复审一次；复审依据：同认定依据');
    expect(reviewText({ cycleMonths: null, note: '前列腺手术后停止' })).toBe('长期有效，不需要定期复审；前列腺手术后停止');
  });

  test('how the kind is paid, from the same parameters the estimate reads (第四章 三问、五问)', () => {
    const chronic = benefitText(diseaseOf('M04600')!, TODAY);
    expect(chronic.text).toContain('统筹基金按 90% 支付');
    expect(chronic.source.section).toBe('第四章 三问');
    const special = benefitText(diseaseOf('M00500')!, TODAY);
    expect(special.text).toContain('起付线 400 元，城乡居民医保报销 60%，职工医保报销 70%');
    expect(special.source.section).toBe('第四章 五问');
  });
});
