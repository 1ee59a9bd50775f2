import {
  application,
  catalogue,
  chronicLimit,
  findDisease,
  limitsOf,
  recognitionAreas,
  searchDiseases,
  Disease,
  Criteria,
} from '../../shared/catalogue';
import { DOCUMENTS } from '../../shared/source';

/** A 2025 bill: the limits of 第四章 三问 are dated parameters (the region's params/chronic-limits.ts). */
const BILL = '2025-06-01';
const chronic = catalogue('chronic');
const special = catalogue('special');

/** Every code the catalogue answers to: diseases, sub-types and aliases. */
const allCodes = (list: readonly Disease[]) =>
  list.flatMap((d) => [d.code, ...(d.subtypes ?? []).map((s) => s.code), ...(d.aliases ?? []).flatMap((a) => (a.code ? [a.code] : []))]);

/** The criteria of a disease: its own, or each sub-type's. */
const criteriaOf = (d: Disease): Criteria[] => (d.subtypes ? d.subtypes.map((s) => s.criteria) : d.criteria ? [d.criteria] : []);

describe('004 第四章 三问、五问：病种数和编码', () => {
  test('三问 “门诊慢性病有33种”', () => {
    expect(chronic).toHaveLength(33);
    expect(chronic.every((d) => d.kind === 'chronic')).toBe(true);
    expect(chronic.map((d) => d.no)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
  });
  test('五问 “门诊特殊疾病有29种”', () => {
    expect(special).toHaveLength(29);
    expect(special.every((d) => d.kind === 'special')).toBe(true);
    expect(special.map((d) => d.no)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
  });
  test('catalogue() lists 慢病 then 特病', () => {
    expect(catalogue()).toHaveLength(62);
    expect(catalogue()[0].code).toBe('M01700');
    expect(catalogue()[33].code).toBe('M03200');
  });
  test('every code (disease, sub-type, alias) is unique and has the M + 5 digits form', () => {
    const codes = allCodes(catalogue());
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^M\d{5}$/);
  });
  test('五问 names all 29 特病 in its list', () => {
    const listed =
      '肝豆状核变性、普拉德—威利综合征、原发性生长激素缺乏症（儿童生长激素缺乏症）、系统性红斑狼疮、恶性肿瘤门诊治疗、血友病、再生障碍性贫血、器官移植抗排异治疗、慢性肾功能衰竭透析治疗、重症精神障碍、重症肌无力、地中海贫血、系统性硬化症（硬皮病）、艾滋病、克罗恩病、运动神经元疾病〔肌萎缩侧索硬化（ALS）〕、慢性肾脏病、噬血细胞综合征、原发免疫性血小板减少症、脑瘫、视神经脊髓炎、特发性肺间质纤维化、耐药结核病、多发性硬化、湿性年龄相关性黄斑变性（脉络膜新生血管）、白塞病、溃疡性结肠炎、肺动脉高压、天疱疮';
    expect(special.map((d) => d.name).sort()).toEqual(listed.split('、').sort());
  });
  test('every entry cites 004', () => {
    for (const d of catalogue()) {
      expect(d.source.doc).toBe('004_6dc5632ce2988a73.txt');
      expect(d.source.doc in DOCUMENTS).toBe(true);
      for (const c of criteriaOf(d)) expect(c.source.section).toMatch(d.kind === 'chronic' ? /^第四章 四问 序号 \d+/ : /^第四章 六问 序号 \d+/);
    }
  });
});

describe('004 第四章 三问 慢病年度支付限额（职工医保 / 居民医保）', () => {
  test.each([
    // [section row, code, name, employee, resident]
    ['序号 1 亚类', 'M01701', '甲状腺功能减退', '1000', '600'],
    ['序号 1 亚类', 'M01702', '甲状腺功能亢进', '1000', '600'],
    ['序号 6', 'M03911', '高血压2级及以上（高血压性心脏病）', '1000', '600'],
    ['序号 9 亚类', 'M00201', '其他病毒性肝炎（不含甲型、丙型肝炎）', '1000', '600'],
    ['序号 17', 'M12700', '慢性高原性心脏病', '1000', '600'],
    ['序号 21 亚类（分页续表前）', 'M02207', '孤独症', '1000', '600'],
    ['序号 21 亚类（分页续表后）', 'M02208', '血管性痴呆', '1000', '600'],
    ['序号 21 亚类', 'M02400', '阿尔茨海默病', '1500', '800'],
    ['序号 21 亚类', 'M02202', '抑郁症', '2000', '1500'],
    ['序号 21 亚类', 'M02221', '创伤后应激障碍', '2000', '1500'],
    ['序号 21 亚类 职工栏为“/”', 'M02220', '儿童注意力缺陷症', null, '600'],
    ['序号 22', 'M04500', '心脏瓣膜病（风湿性心脏病）', '1500', '800'],
    ['序号 23', 'M04600', '冠心病', '1500', '800'],
    ['序号 27', 'M04100', '慢性肺源性心脏病', '1500', '800'],
    ['序号 28 亚类', 'M07700', '肾病综合征', '2000', '1500'],
    ['序号 28 亚类', 'M07603', '慢性肾小球肾炎', '2000', '1500'],
    ['序号 31', 'M10800', '重度骨质疏松', '2000', '1500'],
    ['序号 33（末行）', 'M07200', '强直性脊柱炎', '2000', '1500'],
  ] as const)('三问 %s：%s %s 职工 %s 居民 %s', (_row, code, name, employee, resident) => {
    const found = findDisease(code);
    expect(found?.disease.kind).toBe('chronic');
    expect(found?.subtype?.name ?? found?.disease.name).toBe(name);
    expect(chronicLimit(code, 'employee', BILL)).toBe(employee);
    expect(chronicLimit(code, 'resident', BILL)).toBe(resident);
  });

  test('every limit is a whole number of yuan the table prints (600, 800, 1000, 1500, 2000) or null', () => {
    for (const d of chronic) {
      for (const limits of d.subtypes ? d.subtypes.map((s) => limitsOf(s.code, BILL)) : [limitsOf(d.code, BILL)]) {
        expect(limits).toBeDefined();
        for (const v of [limits!.employee, limits!.resident]) {
          if (v !== null) expect(['600', '800', '1000', '1500', '2000']).toContain(v);
        }
      }
    }
  });

  test('序号 21 其他精神类疾病 has the 10 sub-types of both halves of the split table', () => {
    const d = findDisease('M02200')!.disease;
    expect(d.subtypes!.map((s) => s.code)).toEqual([
      'M02219', 'M02204', 'M02205', 'M02207', 'M02208', 'M02400', 'M02202', 'M02209', 'M02221', 'M02220',
    ]);
  });

  test('a parent code gives its sub-types’ limit when they agree, null when they differ', () => {
    expect(chronicLimit('M01700', 'employee', BILL)).toBe('1000');
    expect(chronicLimit('M00200', 'resident', BILL)).toBe('600');
    expect(chronicLimit('M07605', 'employee', BILL)).toBe('2000');
    expect(chronicLimit('M02200', 'employee', BILL)).toBeNull();
    expect(chronicLimit('M02200', 'resident', BILL)).toBeNull();
  });

  test('a 特病 code and an unknown code have no 慢病 limit', () => {
    expect(chronicLimit('M00500', 'resident', BILL)).toBeNull();
    expect(chronicLimit('M99999', 'employee', BILL)).toBeNull();
  });
});

describe('findDisease', () => {
  test('a disease code', () => {
    const found = findDisease('M04600');
    expect(found?.disease.name).toBe('冠心病');
    expect(found?.subtype).toBeUndefined();
  });
  test('a sub-type code gives the disease and the sub-type (六问 序号 9 器官移植)', () => {
    const found = findDisease('M08311');
    expect(found?.disease.code).toBe('M08300');
    expect(found?.disease.kind).toBe('special');
    expect(found?.subtype?.name).toBe('干细胞移植');
  });
  test('四问 prints 心脏瓣膜病 as M03802: the same entry as 三问 M04500 (seeds/README)', () => {
    expect(findDisease('M03802')?.disease.code).toBe('M04500');
  });
  test('六问 序号 11 精神发育迟滞伴发精神障碍, printed one cell to the left, is sub-type M02106', () => {
    const found = findDisease('M02106');
    expect(found?.disease.name).toBe('重症精神障碍');
    expect(found?.subtype?.name).toBe('精神发育迟滞伴发精神障碍');
  });
  test('case and spaces do not matter', () => {
    expect(findDisease(' m04600 ')?.disease.code).toBe('M04600');
  });
  test('an unknown code → undefined', () => {
    expect(findDisease('M99999')).toBeUndefined();
    expect(findDisease('')).toBeUndefined();
    expect(findDisease('M0710')).toBeUndefined();
  });
});

describe('004 第四章 四问、六问 认定标准', () => {
  test('every disease, or each of its sub-types, has 认定依据 and 认定材料', () => {
    for (const d of catalogue()) {
      const all = criteriaOf(d);
      expect(all.length).toBeGreaterThan(0);
      for (const c of all) {
        expect(c.basis.length).toBeGreaterThan(10);
        expect(c.materials.length).toBeGreaterThan(0);
        for (const m of c.materials) expect(m.length).toBeGreaterThan(4);
        expect(c.basis).not.toMatch(/<\/?(p|math|b|sup)>|\\geq|\\leq|\$/);
      }
    }
  });
  test('四问 序号 4 冠心病', () => {
    const c = findDisease('M04600')!.disease.criteria!;
    expect(c.basis).toContain('冠状动脉 CT 或冠脉造影符合冠心病诊断标准');
    expect(c.materials).toEqual(['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检查报告']);
    expect(c.review).toEqual({ cycleMonths: null });
  });
  test('四问 序号 1 甲状腺功能亢进 shares 甲减’s merged 认定材料', () => {
    expect(findDisease('M01702')!.subtype!.criteria.materials).toEqual(['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检验报告']);
  });
  test('四问 序号 21 printed “心脏病” carries 心肌病’s criteria', () => {
    const d = findDisease('M04200')!.disease;
    expect(d.name).toBe('心肌病');
    expect(d.aliases).toEqual([{ name: '心脏病', where: '第四章 四问 序号 21' }]);
    expect(d.criteria!.basis).toContain('具有心肌病相应的临床表现及体征');
  });
  test.each([
    ['四问 序号 11 结核病', 'M00100', 12],
    ['四问 序号 14 丙型肝炎', 'M00202', 12],
    ['四问 序号 29 包虫病', 'M00406', 12],
    ['四问 序号 30 慢性骨髓炎', 'M07300', 24],
    ['六问 序号 10 耐药结核病', 'M00104', 24],
  ] as const)('复审：%s %s 每 %i 个月，依据同认定依据', (_name, code, months) => {
    const found = findDisease(code)!;
    const review = (found.subtype ?? found.disease).criteria!.review;
    expect(review).toEqual({ cycleMonths: months, basis: '同认定依据' });
  });
  test('复审 cycles: only the five diseases above have one; the guide’s summary names them', () => {
    const cycled = catalogue().flatMap((d) =>
      (d.subtypes ?? [d]).filter((x) => x.criteria!.review.cycleMonths !== null).map((x) => x.code),
    );
    expect(cycled.sort()).toEqual(['M00100', 'M00104', 'M00202', 'M00406', 'M07300']);
    for (const name of ['结核病', '丙型肝炎', '包虫病', '慢性骨髓炎', '耐药结核病', '前列腺增生']) {
      expect(application.review.value).toContain(name);
    }
  });
  test('四问 序号 20 前列腺增生：长期（前列腺手术后停止）', () => {
    expect(findDisease('M07900')!.disease.criteria!.review).toEqual({ cycleMonths: null, note: '前列腺手术后停止' });
  });
  test('六问 序号 27 (printed 24) 噬血细胞综合征 cites the row it is', () => {
    expect(findDisease('M01506')!.disease.criteria!.source.section).toBe('第四章 六问 序号 27（原文印作 24）');
  });
});

describe('searchDiseases', () => {
  test('an empty query lists every disease in catalogue order', () => {
    const all = searchDiseases('  ');
    expect(all).toHaveLength(62);
    expect(all.every((m) => m.subtype === undefined)).toBe(true);
    expect(all.map((m) => m.disease.code)).toEqual(catalogue().map((d) => d.code));
  });
  test('by name fragment', () => {
    const hits = searchDiseases('心脏病');
    const codes = hits.map((m) => m.disease.code);
    expect(codes).toEqual(expect.arrayContaining(['M03911', 'M08206', 'M12700', 'M04500', 'M04100']));
    // 心肌病 matches only through 四问's alias "心脏病", so it comes after the names that contain it.
    expect(codes[codes.length - 1]).toBe('M04200');
  });
  test('by sub-type name: 抑郁 → 其他精神类疾病 / 抑郁症', () => {
    const [hit] = searchDiseases('抑郁');
    expect(hit.disease.code).toBe('M02200');
    expect(hit.subtype?.code).toBe('M02202');
  });
  test('by code: exact first, then codes that start with it', () => {
    expect(searchDiseases('M04600')[0].disease.name).toBe('冠心病');
    expect(searchDiseases('m02202')[0].subtype?.name).toBe('抑郁症');
    const prefix = searchDiseases('M083');
    expect(prefix[0].disease.code).toBe('M08300');
    expect(prefix.slice(1).map((m) => m.subtype?.code)).toEqual(['M08301', 'M08302', 'M08303', 'M08304', 'M08305', 'M08306', 'M08311']);
  });
  test('a name that starts with the query ranks before one that contains it', () => {
    const codes = searchDiseases('肝').map((m) => m.subtype?.code ?? m.disease.code);
    // starts with 肝: 肝硬化 (慢病), 肝豆状核变性 (特病), then the 器官移植 sub-types 肝移植、肝肾移植
    expect(codes.slice(0, 4)).toEqual(['M06200', 'M01904', 'M08304', 'M08306']);
    expect(codes.slice(4)).toEqual(expect.arrayContaining(['M06101', 'M00200'])); // 自身免疫性肝炎, 病毒性肝炎: contain it
    const starts = searchDiseases('慢性').map((m) => m.disease.code);
    expect(starts.slice(0, 3)).toEqual(['M04301', 'M07300', 'M12700']);
  });
  test('half-width and full-width brackets match alike', () => {
    expect(searchDiseases('(ALS)')[0].disease.code).toBe('M02800');
  });
  test('both kinds are searched, 慢病 first', () => {
    const kinds = searchDiseases('结核').map((m) => `${m.disease.kind}:${m.disease.code}`);
    expect(kinds).toEqual(['chronic:M00100', 'special:M00104']);
  });
  test('nothing found → empty list', () => {
    expect(searchDiseases('感冒')).toEqual([]);
  });
});

describe('004 第四章 七问 认定医疗机构', () => {
  test('lists 市本级 and the five districts and counties named', () => {
    expect(recognitionAreas.map((a) => a.area)).toEqual(['市本级', '巴州区', '恩阳区', '南江县', '通江县', '平昌县']);
  });
  test('every area has 慢病 institutions; 南江县、平昌县 have no 特病 institution printed', () => {
    for (const a of recognitionAreas) expect(a.chronic.length).toBeGreaterThan(0);
    const blank = recognitionAreas.filter((a) => a.special.length === 0).map((a) => a.area);
    expect(blank).toEqual(['南江县', '平昌县']);
    for (const a of recognitionAreas.filter((x) => x.special.length === 0)) expect(a.note).toContain('未列');
  });
  test('市本级：二医院 recognises 精神病 only', () => {
    const city = recognitionAreas[0];
    expect(city.chronic).toContainEqual({ name: '二医院', only: '精神病' });
    expect(city.special.map((i) => i.name)).toEqual(['市中心医院', '市中医院']);
  });
  test('恩阳区', () => {
    const enyang = recognitionAreas.find((a) => a.area === '恩阳区')!;
    expect(enyang.chronic.map((i) => i.name)).toEqual(['四川友好医院', '恩阳区人民医院', '恩阳区中医院', '二医院']);
    expect(enyang.special.map((i) => i.name)).toEqual(['四川友好医院', '恩阳区人民医院']);
  });
});

describe('004 第四章 九问–十六问 申请、认定、申诉、待遇', () => {
  test('九问 资料', () => {
    expect(application.materials.value).toContain('《巴中市医疗保险门诊慢特病申请（复查）表》');
    expect(application.materials.value).toHaveLength(4);
    expect(application.materials.source.section).toBe('第四章 九问');
  });
  test('十问 每月20日前录入', () => {
    expect(application.process.value.monthlyDeadlineDay).toBe(20);
  });
  test('十一问 申诉由委托的辖区内医保局组织复议', () => {
    expect(application.appeal.value).toContain('医保局组织复议');
  });
  test('十二问 慢病自认定之日、特病自确诊之日起享受', () => {
    expect(application.benefitStart.value).toEqual({ chronic: '自认定之日起享受', special: '自疾病确诊之日起享受' });
  });
  test('十五问 六种情形不予支付', () => {
    expect(application.exclusions.value).toHaveLength(6);
  });
});
