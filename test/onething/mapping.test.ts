/**
 * The ten cross-province 门诊慢特病 (003 五（三）, 004 第七章 二问（三）, 002 三、门诊待遇) joined to each region's
 * catalogue (issue 18), and the order 认定 → 备案 → 直接结算 (004 第七章 四问 注).
 */
import { findDisease } from '../../shared/catalogue';
import { CROSS_DISEASES, crossDiseaseOfCode, oneThingOf } from '../../shared/onething';

test('the ten, in the documents’ order and words', () => {
  expect(CROSS_DISEASES.map((d) => d.name)).toEqual([
    '高血压',
    '糖尿病',
    '恶性肿瘤门诊放化疗',
    '尿毒症透析',
    '器官移植术后抗排异治疗',
    '慢性阻塞性肺疾病',
    '类风湿关节炎',
    '冠心病',
    '病毒性肝炎',
    '强直性脊柱炎',
  ]);
});

describe('巴中 (004 第四章 三问、五问 catalogue)', () => {
  const mapping = oneThingOf('bazhong')!.crossProvince.mapping;
  const codes = Object.fromEntries(mapping.map((m) => [m.disease, m.entries.map((e) => e.code)]));

  test('each of the ten maps to the catalogue codes of the same disease', () => {
    expect(codes).toEqual({
      hypertension: ['M03911'],
      diabetes: ['M01603'],
      'cancer-outpatient': ['M00500'],
      'uremia-dialysis': ['M07801'],
      transplant: ['M08300'],
      copd: ['M05300'],
      rheumatoid: ['M06900'],
      coronary: ['M04600'],
      'viral-hepatitis': ['M00200'],
      ankylosing: ['M07200'],
    });
  });

  test('every mapped code is a disease of the catalogue, under the name the mapping shows', () => {
    for (const m of mapping) {
      for (const e of m.entries) expect([e.code, findDisease(e.code)?.disease.name]).toEqual([e.code, e.name]);
    }
  });

  test('高血压 is M03911 高血压2级及以上; 两病 (第四章 十七问) is not a 慢病 认定', () => {
    const hit = crossDiseaseOfCode('bazhong', 'M03911');
    expect(hit?.disease.name).toBe('高血压');
    const hypertension = mapping.find((m) => m.disease === 'hypertension')!;
    expect(hypertension.note).toContain('“两病”的高血压');
    expect(hypertension.note).toContain('不是门诊慢特病认定');
    expect(oneThingOf('bazhong')!.crossProvince.twoDiseases?.source.section).toBe('第四章 十七问');
  });

  test('a sub-type counts through its disease (肾移植 M08301 → 器官移植; 丙型肝炎 M00202 → 病毒性肝炎); 自身免疫性肝炎 does not', () => {
    expect(crossDiseaseOfCode('bazhong', 'M08301', 'M08300')?.disease.name).toBe('器官移植术后抗排异治疗');
    expect(crossDiseaseOfCode('bazhong', 'M00202', 'M00200')?.disease.name).toBe('病毒性肝炎');
    expect(crossDiseaseOfCode('bazhong', 'M06101')).toBeUndefined();
    expect(crossDiseaseOfCode('bazhong', 'M04301')).toBeUndefined();
  });

  test('the order is 认定 → 备案 → 直接结算 (第七章 四问 注)', () => {
    const steps = oneThingOf('bazhong')!.crossProvince.steps;
    expect(steps.source.section).toBe('第七章 四问 注');
    expect(steps.value).toEqual(['在参保地认定门诊慢特病', '办理异地就医备案', '到开通跨省门诊慢特病结算的定点医疗机构直接结算']);
  });
});

test('随州 (002) and 阳城 (003): no catalogue held, so no codes — and the reason is given', () => {
  for (const region of ['suizhou', 'yangcheng']) {
    const cp = oneThingOf(region)!.crossProvince;
    expect(cp.mapping).toHaveLength(10);
    expect(cp.mapping.every((m) => m.entries.length === 0 && (m.note ?? '').includes('目录'))).toBe(true);
  }
  expect(oneThingOf('suizhou')!.crossProvince.listed?.section).toBe('三、门诊待遇（异地就医门诊问答 3）');
  expect(oneThingOf('yangcheng')!.crossProvince.steps.value).toEqual(['在参保地完成门诊慢特病资格认定', '完成异地就医备案', '跨省异地就医直接结算']);
});

test('家庭共济: the eight 近亲属 (004 第二章 二十五问, 003 六（一）, 002 二、) and each region’s channel', () => {
  const eight = ['配偶', '父母', '子女', '兄弟姐妹', '祖父母', '外祖父母', '孙子女', '外孙子女'];
  expect(oneThingOf('bazhong')!.family?.relatives).toEqual({ value: eight, source: { doc: '004_6dc5632ce2988a73.txt', section: '第二章 二十五问' } });
  expect(oneThingOf('yangcheng')!.family?.relatives.value).toEqual(eight);
  expect(oneThingOf('yangcheng')!.family?.relatives.source.section).toBe('六、提交资料（一）');
  expect(oneThingOf('suizhou')!.family?.relatives.value).toEqual(eight);
  expect(oneThingOf('bazhong')!.family?.channels.value[0]).toContain('四川政务服务网');
  expect(oneThingOf('suizhou')!.family?.channels.value[0]).toContain('“湖北医疗保障”—“个人账户共济”');
  expect(oneThingOf('yangcheng')!.family?.channels.value[0]).toContain('山西医保微信公众号');
  // Signing a commitment online is 003's; 004 and 002 do not describe it.
  expect(oneThingOf('yangcheng')!.family?.authorise?.value).toContain('线上签署');
  expect(oneThingOf('suizhou')!.family?.authorise).toBeNull();
  expect(oneThingOf('bazhong')!.family?.authorise?.value).not.toContain('签署');
});
