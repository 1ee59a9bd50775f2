import { cite } from '../../../source';
import { Disease, Review } from '../../../catalogue/types';
import { DOC } from '../documents';

/** 五问 names the 29 diseases; its list, not 六问's table, gives the names used here. */
const LIST = cite(DOC, '第四章 五问');
/** The row of 六问's table: code, 认定依据, 认定材料, 复审. */
const criteria = (no: number) => cite(DOC, `第四章 六问 序号 ${no}`);
const LONG_TERM: Review = { cycleMonths: null };
const PSYCHIATRIC_MATERIALS = [
  '精神类疾病认定医疗机构出具出院证明书（记载病情和治疗方案）或门诊诊断证明书（提供门诊病历记载病情和治疗方案）',
];

/**
 * 门诊特殊疾病 (004 第四章 五问, 六问): "门诊特殊疾病有29种". No per-disease limit: "一个自然年度内只扣减一次二级
 * 定点医疗机构住院起付标准，城乡居民医保报销60%，职工医保报销70%" (shared/params/bazhong/chronic-special.ts).
 *
 * Order and codes are 六问's table; names are 五问's list, which prints them whole where 六问's table garbles them
 * (the table's name is then an alias).
 */
export const specialDiseases: Disease[] = [
  {
    kind: 'special',
    no: 1,
    code: 'M03200',
    name: '重症肌无力',
    criteria: {
      basis:
        '符合下列各项之一：1.典型临床症状；2.抗胆碱酯酶药物试验阳性；3.血清抗 AchR 抗体阳性；4.肌电图报告支持重症肌无力。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的病史资料、检验、检查报告'],
      review: LONG_TERM,
      source: criteria(1),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 2,
    code: 'M01904',
    name: '肝豆状核变性',
    criteria: {
      basis:
        '1.血清铜蓝蛋白<200mg/L；2.缓慢进行性震颤、肌僵直、构音障碍等锥体外系症状、体征或/及肝功异常、慢性进行性加重的肝硬化表现；3.裂隙灯下证实有特异的角膜色素环；4.24 小时尿铜>100ug；5.肝铜含量>250ug/g（肝干重）。患者符合上述条件中第 1 条及 2.3.4.5 条中至少 1 条可诊断。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检查、检验报告'],
      review: LONG_TERM,
      source: criteria(2),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 3,
    code: 'M08202',
    name: '普拉德—威利综合征',
    aliases: [{ name: '普拉-利综合征', where: '第四章 六问 序号 3' }],
    // 六问's table drops characters ("普拉-利综合征"); 五问 and the criteria text read 普拉德-威利综合征.
    criteria: {
      basis:
        '同时满足下列条件：1.出现肌张力低下、肥胖、普拉德-威利综合征特征面容、性腺发育不全、发育迟缓、智力障碍等临床表现；2.分子遗传学检查示父源染色体 15q11.2-q13 片段缺失或母源单亲二倍体（UPD）或印记中心缺陷。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的病史资料和分子遗传学检查报告'],
      review: LONG_TERM,
      source: criteria(3),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 4,
    code: 'M01902',
    name: '原发性生长激素缺乏症（儿童生长激素缺乏症）',
    criteria: {
      basis:
        '患者同时满足以下 9 项：1.年龄≤18 岁；2.身高落后于同年龄、同性别正常健康儿童身高的第三百分位数或 2 个标准差（-2SD）以下；3.年生长速率<7cm/年（3 岁以下）；<5cm/年（3 岁—青春前期）；<6cm/年（青春期）；4.匀称性矮小，面容幼稚；5.骨龄落后于实际年龄 2 年以上；6.两项生长激素（GH）药物激发试验 GH 峰值均<5ug/L；7.血清胰岛素样生长因子 1（IGF1）水平低于同性别同年龄正常参考值范围；8.认定资料为 3 个月内资料；9.排除其他基础疾病。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检查、检验报告'],
      review: LONG_TERM,
      source: criteria(4),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 5,
    code: 'M07101',
    name: '系统性红斑狼疮',
    criteria: {
      basis:
        '同时满足以下条件：1.有明确的系统性红斑狼疮病史资料；2.实验室检查：血常规、肾功能及相关免疫学检查等符合系统性红斑狼疮临床诊断标准。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的病历资料和检验报告'],
      review: LONG_TERM,
      source: criteria(5),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 6,
    code: 'M00500',
    name: '恶性肿瘤门诊治疗',
    criteria: {
      basis:
        '已确诊为恶性肿瘤（含白血病、骨髓增生异常综合征、淋巴瘤、颅咽管瘤、垂体瘤）患者且满足以下条件之一：1.病理组织学或细胞学结果经专科医生认定符合恶性肿瘤诊断标准；2.因病情或身体情况不能取得病理学组织或细胞学诊断的，需定点医疗机构专科副主任及以上医师签署诊断证明书和病情说明，根据影像学资料（CT、MRI、B超、X片等）、肿瘤标记物等资料诊断为恶性肿瘤；3.血液学检查或骨髓检查或染色体检查等经专科医生认定符合血液系统恶性肿瘤的诊断标准。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检查、检验报告'],
      review: LONG_TERM,
      source: criteria(6),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 7,
    code: 'M01200',
    name: '血友病',
    criteria: {
      basis:
        '血常规、凝血因子、活化部分凝血活酶时间（APTT）以及其他凝血检查（FVIII活性、FIX活性）支持血友病的诊断。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检验报告'],
      review: LONG_TERM,
      source: criteria(7),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 8,
    code: 'M01102',
    name: '再生障碍性贫血',
    criteria: {
      basis:
        '同时满足以下条件：1.血常规检查提示全血细胞减少，淋巴细胞相对增多；2.骨髓检查显示至少有一个部位增生减低或重度降低；3.能除外其他引起全血细胞减少的疾病。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检查、检验报告'],
      review: LONG_TERM,
      source: criteria(8),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 9,
    code: 'M08300',
    name: '器官移植抗排异治疗',
    aliases: [{ name: '器官移植排斥治疗', where: '第四章 六问 序号 9' }],
    // 六问 prints one merged 认定依据/材料 for 肾、骨髓、心移植 and repeats it for 肝、肺、肝肾、干细胞移植 after a break,
    // with the 复审 cell blank there: every sub-type gets the same criteria and the merged cell's "长期".
    subtypes: [
      {
        code: 'M08301',
        name: '肾移植',
        criteria: {
          basis:
            '同时满足以下条件：1.由具备器官移植手术资质的医疗机构出具器官移植术相关病历资料（出院记录、手术记录等）；2.造血干细胞移植术需明确为异基因造血干细胞移植（亲缘全合、亲缘半合/单倍体、无关供者/非亲缘供者移植、脐血移植等），有明确的干细胞移植/回输日期；3.临床诊断明确且需要长期抗排斥等治疗。',
          materials: ['定点医疗机构开具的出院或门诊病情证明书、器官移植的病历资料', '门诊随访病情记录和药物使用医嘱，符合认定标准的检查、检验报告'],
          review: LONG_TERM,
          source: criteria(9),
        },
      },
      {
        code: 'M08302',
        name: '骨髓移植',
        criteria: {
          basis:
            '同时满足以下条件：1.由具备器官移植手术资质的医疗机构出具器官移植术相关病历资料（出院记录、手术记录等）；2.造血干细胞移植术需明确为异基因造血干细胞移植（亲缘全合、亲缘半合/单倍体、无关供者/非亲缘供者移植、脐血移植等），有明确的干细胞移植/回输日期；3.临床诊断明确且需要长期抗排斥等治疗。',
          materials: ['定点医疗机构开具的出院或门诊病情证明书、器官移植的病历资料', '门诊随访病情记录和药物使用医嘱，符合认定标准的检查、检验报告'],
          review: LONG_TERM,
          source: criteria(9),
        },
      },
      {
        code: 'M08303',
        name: '心移植',
        criteria: {
          basis:
            '同时满足以下条件：1.由具备器官移植手术资质的医疗机构出具器官移植术相关病历资料（出院记录、手术记录等）；2.造血干细胞移植术需明确为异基因造血干细胞移植（亲缘全合、亲缘半合/单倍体、无关供者/非亲缘供者移植、脐血移植等），有明确的干细胞移植/回输日期；3.临床诊断明确且需要长期抗排斥等治疗。',
          materials: ['定点医疗机构开具的出院或门诊病情证明书、器官移植的病历资料', '门诊随访病情记录和药物使用医嘱，符合认定标准的检查、检验报告'],
          review: LONG_TERM,
          source: criteria(9),
        },
      },
      {
        code: 'M08304',
        name: '肝移植',
        criteria: {
          basis:
            '同时满足以下条件：1.由具备器官移植手术资质的医疗机构出具器官移植术相关病历资料（出院记录、手术记录等）；2.造血干细胞移植术需明确为异基因造血干细胞移植（亲缘全合、亲缘半合/单倍体、无关供者/非亲缘供者移植、脐血移植等），有明确的干细胞移植/回输日期；3.临床诊断明确且需要长期抗排斥等治疗。',
          materials: ['定点医疗机构开具的出院或门诊病情证明书、器官移植的病历资料', '门诊随访病情记录和药物使用医嘱，符合认定标准的检查、检验报告'],
          review: LONG_TERM,
          source: criteria(9),
        },
      },
      {
        code: 'M08305',
        name: '肺移植',
        criteria: {
          basis:
            '同时满足以下条件：1.由具备器官移植手术资质的医疗机构出具器官移植术相关病历资料（出院记录、手术记录等）；2.造血干细胞移植术需明确为异基因造血干细胞移植（亲缘全合、亲缘半合/单倍体、无关供者/非亲缘供者移植、脐血移植等），有明确的干细胞移植/回输日期；3.临床诊断明确且需要长期抗排斥等治疗。',
          materials: ['定点医疗机构开具的出院或门诊病情证明书、器官移植的病历资料', '门诊随访病情记录和药物使用医嘱，符合认定标准的检查、检验报告'],
          review: LONG_TERM,
          source: criteria(9),
        },
      },
      {
        code: 'M08306',
        name: '肝肾移植',
        criteria: {
          basis:
            '同时满足以下条件：1.由具备器官移植手术资质的医疗机构出具器官移植术相关病历资料（出院记录、手术记录等）；2.造血干细胞移植术需明确为异基因造血干细胞移植（亲缘全合、亲缘半合/单倍体、无关供者/非亲缘供者移植、脐血移植等），有明确的干细胞移植/回输日期；3.临床诊断明确且需要长期抗排斥等治疗。',
          materials: ['定点医疗机构开具的出院或门诊病情证明书、器官移植的病历资料', '门诊随访病情记录和药物使用医嘱，符合认定标准的检查、检验报告'],
          review: LONG_TERM,
          source: criteria(9),
        },
      },
      {
        code: 'M08311',
        name: '干细胞移植',
        criteria: {
          basis:
            '同时满足以下条件：1.由具备器官移植手术资质的医疗机构出具器官移植术相关病历资料（出院记录、手术记录等）；2.造血干细胞移植术需明确为异基因造血干细胞移植（亲缘全合、亲缘半合/单倍体、无关供者/非亲缘供者移植、脐血移植等），有明确的干细胞移植/回输日期；3.临床诊断明确且需要长期抗排斥等治疗。',
          materials: ['定点医疗机构开具的出院或门诊病情证明书、器官移植的病历资料', '门诊随访病情记录和药物使用医嘱，符合认定标准的检查、检验报告'],
          review: LONG_TERM,
          source: criteria(9),
        },
      },
    ],
    source: LIST,
  },
  {
    kind: 'special',
    no: 10,
    code: 'M00104',
    name: '耐药结核病',
    criteria: {
      basis:
        '同时满足以下条件：1.结核病确诊病史；2.结核菌培养阳性且至少对异烟肼或利福平耐药，或分子生物学检查阳性且至少对异烟肼或利福平耐药。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检查、检验报告'],
      review: { cycleMonths: 24, basis: '同认定依据' },
      source: criteria(10),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 11,
    code: 'M02100',
    name: '重症精神障碍',
    // 六问 prints 精神发育迟滞伴发精神障碍's row one cell to the left (code under 名称): read as sub-type M02106.
    subtypes: [
      {
        code: 'M02101',
        name: '精神分裂症',
        criteria: {
          basis:
            '符合《ICD—10 国际疾病分类与诊断标准（第十版）-精神与行为障碍》精神分裂症诊断标准。',
          materials: PSYCHIATRIC_MATERIALS,
          review: LONG_TERM,
          source: criteria(11),
        },
      },
      {
        code: 'M02102',
        name: '双相（情感）障碍',
        criteria: {
          basis:
            '符合《ICD—10 国际疾病分类与诊断标准（第十版）-精神与行为障碍》双相（情感）障碍诊断标准。',
          materials: PSYCHIATRIC_MATERIALS,
          review: LONG_TERM,
          source: criteria(11),
        },
      },
      {
        code: 'M02103',
        name: '偏执性精神病',
        criteria: {
          basis:
            '符合《ICD—10 国际疾病分类与诊断标准（第十版）-精神与行为障碍》偏执性精神病诊断标准。',
          materials: PSYCHIATRIC_MATERIALS,
          review: LONG_TERM,
          source: criteria(11),
        },
      },
      {
        code: 'M02104',
        name: '分裂情感性障碍',
        criteria: {
          basis:
            '符合《ICD—10 国际疾病分类与诊断标准（第十版）-精神与行为障碍》分裂情感障碍诊断标准。',
          materials: PSYCHIATRIC_MATERIALS,
          review: LONG_TERM,
          source: criteria(11),
        },
      },
      {
        code: 'M02105',
        name: '癫痫所致精神障碍',
        criteria: {
          basis:
            '符合《ICD—10 国际疾病分类与诊断标准（第十版）-精神与行为障碍》癫痫性精神病诊断标准。',
          materials: PSYCHIATRIC_MATERIALS,
          review: LONG_TERM,
          source: criteria(11),
        },
      },
      {
        code: 'M02106',
        name: '精神发育迟滞伴发精神障碍',
        criteria: {
          basis:
            '符合《ICD—10 国际疾病分类与诊断标准（第十版）-精神与行为障碍》精神发育迟滞所致精神障碍诊断标准。',
          materials: PSYCHIATRIC_MATERIALS,
          review: LONG_TERM,
          source: criteria(11),
        },
      },
    ],
    source: LIST,
  },
  {
    kind: 'special',
    no: 12,
    code: 'M07801',
    name: '慢性肾功能衰竭透析治疗',
    criteria: {
      basis:
        '满足以下条件之一：1.慢性肾脏病（CKD）5期患者需要血液透析治疗的，根据定点医疗机构肾透析原始资料（血常规、尿常规、肾功能检查）进行认定；2.CKD3-5期内科保守治疗无效，合并严重并发症者，经肾脏病副高及以上专科医生根据肾透析原始资料（血常规、尿常规、肾功能检查）诊断需要长期维持透析的。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检验报告'],
      review: LONG_TERM,
      source: criteria(12),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 13,
    code: 'M07807',
    name: '慢性肾脏病',
    criteria: {
      basis:
        '符合以下条件之一：1.肾小球滤过率 eGFR<60mL/（min·1.73m²）；2.实验室检查包括血常规、尿常规、肾功能检查经专科医生认定符合慢性肾脏病3期及以上临床诊断标准的（非透析）。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检验报告'],
      review: LONG_TERM,
      source: criteria(13),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 14,
    code: 'M07107',
    name: '白塞病',
    criteria: {
      basis:
        '满足第1条和2.3.4.5条中2条以上者：1.反复性口腔溃疡（≥3次/年）；2.复发性生殖器溃疡或瘢痕；3.眼损害：前葡萄膜炎、后葡萄膜炎、裂隙灯检查示玻璃体内浑浊或视网膜血管炎；4.皮肤损害：结节性红斑，假性毛囊炎，脓性丘疹等；5.针刺试验阳性。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的病史资料和检查报告'],
      review: LONG_TERM,
      source: criteria(14),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 15,
    code: 'M00300',
    name: '艾滋病',
    criteria: {
      basis:
        '实验室检查 HIV 抗体筛查试验非阴性和 HIV 补充试验阳性（抗体确证阳性或核酸定性检测阳性或核酸定量大于 1000 拷贝/mL）。',
      materials: ['具有诊断资质的机构开具的病情证明书', '有符合认定标准的病史资料和检验报告'],
      review: LONG_TERM,
      source: criteria(15),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 16,
    code: 'M01501',
    name: '原发免疫性血小板减少症',
    aliases: [{ name: '原发性免疫性血小板减少症', where: '第四章 六问 序号 16' }],
    criteria: {
      basis:
        '血常规和骨髓检查符合原发性免疫性血小板减少症（ITP）诊断标准。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的检查、检验报告'],
      review: LONG_TERM,
      source: criteria(16),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 17,
    code: 'M01103',
    name: '地中海贫血',
    criteria: {
      basis:
        '同时满足以下条件：1.血常规、血红蛋白电泳、地中海贫血基因检测等支持地中海贫血诊断；2.有相关临床症状（贫血、黄疸、肝脾肿大、儿童患者发育不良等）。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的检查、检验报告'],
      review: LONG_TERM,
      source: criteria(17),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 18,
    code: 'M05601',
    name: '特发性肺间质纤维化',
    criteria: {
      basis:
        '同时满足以下条件：1.胸部影像学检查提示典型特发性肺纤维化表现；2.肺功能报告：提示限制性通气功能障碍、弥散量降低。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的检查报告'],
      review: LONG_TERM,
      source: criteria(18),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 19,
    code: 'M06000',
    name: '克罗恩病',
    criteria: {
      basis:
        '有慢性、反复腹泻、腹痛、体重下降及直肠肛周病变的病史，且内镜、影像学及病理检查符合WHO诊断标准：1.非连续性或区域性肠道病变；2.肠壁全层炎症，病变伴有脓肿及狭窄；3.病变肠段黏膜呈铺路石样或纵形溃疡；4.结节性非干酪样肉芽肿；5.裂沟或瘘管形成；6.肛周病变（难治性溃疡、非典型肛瘘或肛裂等）。具有上述1、2、3项再加上4、5、6项之一者可认定。有1、2、3项中的2项加第4项也可认定，但须排除溃疡性结肠炎、肠结核、缺血性及放射性肠炎。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的病史资料和检查报告'],
      review: LONG_TERM,
      source: criteria(19),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 20,
    code: 'M06501',
    name: '溃疡性结肠炎',
    criteria: {
      basis:
        '临床表现为持续或反复发作的腹泻、脓血便伴腹痛、里急后重和不同程度的贫血、发热、营养不良全身症状，病程在4-6周以上且同时具有以下一项者：1.内镜下肠黏膜病变呈连续性、弥漫性炎症反应；2.影像学检查：黏膜粗乱和（或）颗粒样改变；肠管边缘呈锯齿状或毛刺样改变，肠壁有多发性小充盈缺损；肠管短缩、袋囊消失呈铅管样；3.黏膜活检和（或）手术切除标本病理检查支持溃疡性结肠炎（UC）。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的病史资料和检查报告'],
      review: LONG_TERM,
      source: criteria(20),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 21,
    code: 'M02800',
    name: '运动神经元疾病〔肌萎缩侧索硬化（ALS）〕',
    criteria: {
      basis:
        '同时满足以下条件：1.慢性进行性肌萎缩，肌束震颤；2.出现上运动神经元和（或）下运动神经元性损害体征，无感觉障碍；3.肌电图示典型神经源性改变。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的检查报告'],
      review: LONG_TERM,
      source: criteria(21),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 22,
    code: 'M04000',
    name: '肺动脉高压',
    criteria: {
      basis:
        '同时满足以下条件：1.有明确的肺动脉高压病史资料；2.右心导管检查：静息状态下，平均肺动脉压≥25mmHg，肺毛细血管楔压≤15mmHg；或超声心动图检查：肺动脉收缩压≥40mmHg。3.有需要长期坚持服药治疗的医嘱。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的病史资料和检查报告'],
      review: LONG_TERM,
      source: criteria(22),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 23,
    code: 'M03701',
    name: '湿性年龄相关性黄斑变性（脉络膜新生血管）',
    criteria: {
      basis:
        '同时满足以下条件：1.首次处方时病眼基线矫正视力0.05-0.5；2.血管造影或OCT（全身情况不允许的患者可以提供OCT血管成像）证据符合湿性年龄相关性黄斑变性诊断标准或脉络膜新生血管诊断标准。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的检查报告'],
      review: LONG_TERM,
      source: criteria(23),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 24,
    code: 'M03117',
    name: '视神经脊髓炎',
    criteria: {
      basis:
        '满足下列条件中的2条：1.脊髓MRI异常病灶≥3个脊髓节段；2.头颅MRI不符合多发性硬化（MS）诊断标准；3.血清NMO-IgG阳性。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的检查、检验报告'],
      review: LONG_TERM,
      source: criteria(24),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 25,
    code: 'M02900',
    name: '多发性硬化',
    criteria: {
      basis:
        '满足下列条件之一：1.影像学（头颅或脊髓MRI）检查符合多发性硬化诊断；2.视觉诱发电位（VEP）或听觉脑干诱发电位（ABR）或躯体感觉诱发电位（SEP）电生理检查报告符合多发性硬化诊断；3.脑脊液检查符合多发性硬化诊断。',
      materials: ['有具备开展神经内科专科诊疗资格的三级医院开具的出院或门诊病情证明书', '有符合认定标准的检查、检验报告'],
      review: LONG_TERM,
      source: criteria(25),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 26,
    code: 'M11200',
    name: '天疱疮',
    criteria: {
      basis:
        '满足临床表现中至少1条加上组织病理和免疫诊断指标中的至少1条即可确诊。满足临床表现中至少2条加上免疫诊断指标中2条亦可确诊：1、临床表现：（1）皮肤出现松弛性水疱和大疱，易破溃；（2）水疱和大疱破溃后形成顽固性糜烂；（3）黏膜出现水疱或糜烂；（4）尼氏征阳性。2、组织病理：表皮或上皮细胞间棘层松解，形成水疱和大疱。3、免疫诊断指标：（1）皮损区域或皮损周围正常皮肤DIF示IgG和/或补体网状沉积于表皮（或上皮）细胞间；（2）IIF检测到血清中出现抗表皮细胞间抗体；（3）ELISA检测到血清中出现抗Dsg抗体。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的检查、检验报告'],
      review: LONG_TERM,
      source: criteria(26),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 27,
    code: 'M01506',
    name: '噬血细胞综合征',
    criteria: {
      basis:
        '1.符合以下 8 条指标中的 5 条：(1) 发热：体温≥38.5°C，持续>7 天；(2) 脾大；(3) 两系或三系血细胞减少；(4) 血甘油三酯升高≥3mmol/L和（或）纤维蛋白原下降<1.5g/L；(5) 血清铁蛋白升高≥500μg/L；(6) 血浆可溶性 CD25 升高（≥2400U/ml）；(7) NK 细胞活性降低或缺乏；(8) 骨髓、脾、脑脊液或淋巴结发现噬血细胞现象。2.分子诊断符合噬血细胞综合征。同时满足以上两条可确诊。',
      materials: ['认定机构开具的出院或门诊病情证明书', '有符合认定标准的病史资料、检验、检查报告'],
      review: LONG_TERM,
      // 六问 numbers this row "24" a second time; it is the 27th (脑瘫 28 and 系统性硬化症 29 follow).
      source: cite(DOC, '第四章 六问 序号 27（原文印作 24）'),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 28,
    code: 'M02601',
    name: '脑瘫',
    criteria: {
      basis:
        '1.临床相关诊断明确，必须具备：(1) 中枢性运动障碍持续存在；(2) 运动和姿势发育异常；(3) 反射发育异常；(4) 肌张力和肌力异常。2.头颅 CT、MRI 检查结果支持脑瘫诊断。',
      materials: ['认定机构开具的出院或门诊病情证明书', '有符合认定标准的病史资料和检查报告'],
      review: LONG_TERM,
      source: criteria(28),
    },
    source: LIST,
  },
  {
    kind: 'special',
    no: 29,
    code: 'M07105',
    name: '系统性硬化症（硬皮病）',
    criteria: {
      basis:
        '符合下列标准，当评分总和大于等于 9 分时（同一条下选最高分值），即可诊断系统性硬化症（硬皮病）。1.双手手指皮肤增厚并超过掌指关节远端 9 分；2.手指皮肤硬化（仅计最高分）：手指肿胀 2 分，手指硬化（远于掌指关节，但近于近段指间关节 4 分）；3.指端损伤（PIP 远端）：指端溃疡 2 分，指端凹陷型瘢痕 2 分；4.毛细血管扩张 2 分；5.甲褶微循环异常 2 分；6.肺动脉高压和/或肺间质病变：肺动脉高压 2 分，肺间质病变 2 分；7.雷诺现象 3 分；8.SSc 相关自身抗体阳性（抗着丝点抗体或抗 SCL-70 抗体或抗 RNA 聚合酶 III 抗体 3 分）。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的病史资料、检验、检查报告'],
      review: LONG_TERM,
      source: criteria(29),
    },
    source: LIST,
  },
];
