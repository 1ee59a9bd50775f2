import { cite } from '../../../source';
import { Disease, Review } from '../../../catalogue/types';
import { DOC } from '../documents';

/** The row of 三问's table: name, code, sub-types and the annual limits by scheme. */
const list = (no: number) => cite(DOC, `第四章 三问 序号 ${no}`);
/** The row of 四问's table: 认定依据, 认定材料, 复审. 四问 numbers the diseases in its own order. */
const criteria = (no: number) => cite(DOC, `第四章 四问 序号 ${no}`);
const LONG_TERM: Review = { cycleMonths: null };
const PSYCHIATRIC_MATERIALS = [
  '精神类疾病认定医疗机构出具出院证明书（记载病情和治疗方案）或门诊诊断证明书（提供门诊病历记载病情和治疗方案）',
];

/**
 * 门诊慢性病 (004 第四章 三问, 四问): "门诊慢性病有33种", 90% of in-scope cost within the disease's annual limit.
 *
 * Names and codes are 三问's, the table that carries the limits; where 四问's criteria table prints another name or
 * code for the same row it is kept as an alias (see `aliases` and `note`). The annual limits are dated parameters
 * keyed by these codes (../params/chronic-limits.ts), so a new year's figures do not overwrite this year's. A disease
 * with sub-types has its limits and criteria on each sub-type only.
 */
export const chronicDiseases: Disease[] = [
  {
    kind: 'chronic',
    no: 1,
    code: 'M01700',
    name: '甲状腺功能异常',
    // 四问 prints 甲状腺功能亢进's row one cell to the right, with its 认定材料 and 复审 cells merged into 甲减's.
    note: '四问中甲状腺功能亢进一行的认定材料、复审与甲状腺功能减退合并，按相同读取。',
    subtypes: [
      {
        code: 'M01701',
        name: '甲状腺功能减退',
        criteria: {
          basis:
            '同时满足以下条件：1.甲状腺功能检查如 FT4、FT3、TSH 等符合甲状腺功能减退诊断；2.需长期药物替代治疗。',
          materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检验报告'],
          review: LONG_TERM,
          source: criteria(1),
        },
      },
      {
        code: 'M01702',
        name: '甲状腺功能亢进',
        criteria: {
          basis:
            '同时满足以下条件：1.症状和体征符合高代谢症候群，包括乏力、怕热、多汗、皮肤温暖、潮湿、低热、体重下降等；2.超声检查提示甲状腺肿大；3.甲状腺功能检查如 FT4、FT3、TSH 等符合甲状腺功能亢进诊断。',
          materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检验报告'],
          review: LONG_TERM,
          source: criteria(1),
        },
      },
    ],
    source: list(1),
  },
  {
    kind: 'chronic',
    no: 2,
    code: 'M03600',
    name: '青光眼',
    criteria: {
      basis:
        '闭角性青光眼同时具备以下1.2.3条；原发性开角型青光眼、先天性青光眼同时具备以下第1条及3、4、5、6其中两条；继发性青光眼同时具备以下第1、3条及4、5、6其中一条。1.裂隙灯检查：开角型青光眼眼前房不浅，闭角性青光眼表现为前房浅、房角窄，继发性青光眼表现为和原发病相关的眼前改变，先天性青光眼可有眼前节扩张的改变(也可无)；2.房角镜或UBM、前段OCT检查：闭角型青光眼表现为窄房角或不同程度的房角关闭；3.眼压测量：眼压高于21mmHg；4.视野检查：特征性青光眼视野损害；5.眼底检查：青光眼视盘改变；6.视盘或黄斑节细胞OCT检查：青光眼视神经纤维层厚度变薄。【注】排除标准：1.绝对期青光眼；2.青光眼术后眼压正常范围6月以上或术后视野无恶化改变1年以上。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的病史资料和检查报告'],
      review: { cycleMonths: null, note: '除外排除标准' },
      source: criteria(24),
    },
    source: list(2),
  },
  {
    kind: 'chronic',
    no: 3,
    code: 'M04301',
    name: '慢性心力衰竭',
    criteria: {
      basis:
        '同时满足以下条件：1.病史资料示劳力性呼吸困难、夜间阵发性呼吸困难、运动耐量降低、疲劳、双侧踝关节水肿、心脏杂音、颈静脉扩张等心衰症状或体征；2. NT-proBNP>125ng/L 或 BNP>35ng/L；3.超声心动图显示心脏结构和/或功能异常(射血分数<50%)',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的病史资料、检验、检查报告'],
      review: LONG_TERM,
      source: criteria(25),
    },
    source: list(3),
  },
  {
    kind: 'chronic',
    no: 4,
    code: 'M06101',
    name: '自身免疫性肝炎',
    criteria: {
      basis:
        '满足以下条件：1.自身抗体检查：成人ANA、SMA或抗LKMI大于1:80；儿童大于1:20；AMA阴性；2.无活动性病毒感染(无感染甲、乙、丙型肝炎病毒的证据)，无过度饮酒、输血史及服用致肝损药物史及遗传肝脏疾病；3.血清转氨酶异常，球蛋白、γ-球蛋白水平超过正常1.5倍；4.肝组织学符合AIH表现：界面性肝炎。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检查、检验报告'],
      review: LONG_TERM,
      source: criteria(26),
    },
    source: list(4),
  },
  {
    kind: 'chronic',
    no: 5,
    code: 'M03300',
    name: '进行性肌营养不良',
    criteria: {
      basis:
        '具有进行性肌肉无力和萎缩临床特征，同时符合以下条件之一：1.肌酶明显增高；2.肌电图检查提示肌源性损伤；3.肌肉病理组织学结果符合诊断标准；4.基因检测提示致病变异。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的病史资料和检查报告'],
      review: LONG_TERM,
      source: criteria(31),
    },
    source: list(5),
  },
  {
    kind: 'chronic',
    no: 6,
    code: 'M03911',
    name: '高血压2级及以上（高血压性心脏病）',
    criteria: {
      basis:
        '满足下列条件之一：1.病史资料提示非同日三次血压值收缩压 ≥160mmHg 和/或舒张压 ≥100mmHg；2.动态血压监测符合 2 级及以上高血压诊断标准；3.动态血压监测或既往住院病史资料提示既往符合 2 级高血压诊断标准，经过治疗后目前未达到高血压诊断标准，但需要长期服用降压药维持血压；或心脏彩超、肾功能、眼底检查等其中一项提示靶器官损害。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检查、检验报告'],
      review: LONG_TERM,
      source: criteria(10),
    },
    source: list(6),
  },
  {
    kind: 'chronic',
    no: 7,
    code: 'M01603',
    name: '糖尿病伴并发症',
    aliases: [{ name: '糖尿病并发症', where: '第四章 四问 序号 9' }],
    criteria: {
      basis:
        '满足下列条件第 1.2.4 条或第 3.4 条或第 1.2.5 条或 3.5 条：1.典型糖尿病症状（多饮、多尿、多食、不明原因体重下降）；2.1 次随机静脉血浆葡萄糖 ≥11.1mmol/L 或空腹静脉血浆葡萄糖 ≥7.0mmol/L 或 OGTT2 小时静脉血浆葡萄糖 ≥11.1mmol/L；3.无糖尿病典型症状的，需两次随机静脉血浆葡萄糖(或 OGTT2 小时静脉血浆葡萄糖) ≥11.1mmol/L 或两次空腹静脉血浆葡萄糖 ≥7.0mmol/L；4.合并冠心病、脑血管疾病、高血压、肾病或视网膜病变者、下肢（周围）血管病变、周围神经病之一；5.口服降糖药物难以控制血糖须用胰岛素等降糖注射剂治疗的。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的病史资料、检验、检查报告', '口服降糖药物难以控制血糖须用胰岛素治疗者提供相应病历资料和副高及以上专科医生治疗计划'],
      review: LONG_TERM,
      source: criteria(9),
    },
    source: list(7),
  },
  {
    kind: 'chronic',
    no: 8,
    code: 'M00100',
    name: '结核病',
    criteria: {
      basis:
        '有结核病史或接触史及临床表现,且满足以下条件之一：1.相应器官的体液、穿刺液、活检组织的抗酸杆菌涂片或结核菌培养或分子生物学检查阳性，或相应器官组织病理检查符合结核；2.相应器官的体液、穿刺液、活检组织的抗酸杆菌涂片或结核菌培养或分子生物学检查阴性，但相应器官的影像学检查发现异常且排除其他疾病的，还需符合下列条件之一：①临床有结核中毒症状或受累器官组织有相应临床症状；②影像学或内镜检查符合结核病改变；③结核菌素试验中度及以上或 γ-干扰素释放试验阳性或结核抗体阳性；④经抗结核诊断性治疗有效者。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检查、检验报告'],
      review: { cycleMonths: 12, basis: '同认定依据' },
      source: criteria(11),
    },
    source: list(8),
  },
  {
    kind: 'chronic',
    no: 9,
    code: 'M00200',
    name: '病毒性肝炎',
    subtypes: [
      {
        code: 'M00202',
        name: '丙型肝炎',
        criteria: {
          basis:
            '实验室检查符合下列各项之一：（1）肝功能异常，血清学检查（血清或肝内HCV-RNA阳性）；（2）肝功能正常，HCV-RNA阳性，需要继续抗病毒治疗的，有明显的肝炎症状，且符合下列两项之一：影像学检查（肝脏B超、CT、核磁共振检查等）提示慢性肝损害；肝脏病理诊断炎症活动度≥G2、纤维化≥S2；（3）抗病毒治疗后，HCV-RNA阴性，经高精度检查HCV-RNA仍为阳性。',
          materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检查、检验报告'],
          review: { cycleMonths: 12, basis: '同认定依据' },
          source: criteria(14),
        },
      },
      {
        code: 'M00201',
        name: '其他病毒性肝炎（不含甲型、丙型肝炎）',
        criteria: {
          basis:
            '实验室检查符合下列各项之一：1.肝功能异常，血清学检查（HBsAg或HBV-DNA阳性或抗-HDV阳性、血清HBV-RNA阳性）；2.肝功能正常，肝炎病毒检测阳性，需要继续抗病毒治疗的，需具备慢性肝炎病史半年以上，有明显的肝炎症状，且符合下列两项之一：影像学检查（肝脏B超、CT、核磁共振检查等）提示慢性肝损害；肝脏病理诊断炎症活动度≥G2、纤维化≥S2；3.抗病毒治疗后，HBV-DNA阴性，经高精度检查HBV-DNA仍为阳性；4.对于已经抗病毒治疗后，肝功能正常，HBV-DNA阴性，需要继续抗病毒治疗的，需提供一年以内的抗病毒治疗资料，由认定机构专科副主任及以上医师进行认定。',
          materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检查、检验报告'],
          review: LONG_TERM,
          source: criteria(14),
        },
      },
    ],
    source: list(9),
  },
  {
    kind: 'chronic',
    no: 10,
    code: 'M02500',
    name: '癫痫',
    criteria: {
      basis:
        '同时满足以下条件：1.有近半年的癫痫门诊治疗或者住院治疗的记录，或者有病情波动或复发者；2.脑电图报告符合癫痫诊断标准；3.抗癫痫药物治疗有效，有需要长期服药治疗的医嘱。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的病史资料和检查报告'],
      review: LONG_TERM,
      source: criteria(17),
    },
    source: list(10),
  },
  {
    kind: 'chronic',
    no: 11,
    code: 'M04200',
    name: '心肌病',
    aliases: [{ name: '心脏病', where: '第四章 四问 序号 21' }],
    // 四问 calls the row 心脏病, but its 认定依据 is 心肌病's ("具有心肌病相应的临床表现及体征"): 三问's name is kept.
    note: '四问认定标准表中名称印作“心脏病”，认定依据为心肌病的标准。',
    criteria: {
      basis:
        '同时满足以下条件：1.具有心肌病相应的临床表现及体征；2.辅助检查符合心肌病的诊断标准，满足以下任一条：(1)影像学检查显示左室心肌任何节段或多个节段室壁厚度≥15mm，排除高血压、主动脉瓣狭窄相关左室肥厚；(2)X 线检查心胸比>0.5,超声心动图检查示全心扩大，以左心室扩大明显，左心室舒张期末内径>2.7cm/m²,室壁运动弥漫性减弱，射血分数小于正常值；(3)影像学检查显示两个心房明显扩张或左室舒张功能受损。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的病史资料和检查报告'],
      review: LONG_TERM,
      source: criteria(21),
    },
    source: list(11),
  },
  {
    kind: 'chronic',
    no: 12,
    code: 'M05400',
    name: '支气管哮喘',
    criteria: {
      basis:
        '1.病史资料示反复发作喘息、气急、胸闷或咳嗽等典型的支气管哮喘临床表现；2.满足下列其中 1 项检查阳性：(1)支气管激发试验或运动激发试验阳性；(2)支气管舒张试验阳性(吸入支气管舒张剂后，FEV1 增加≥12%，且 FEV1 增加绝对值≥200ml；(3)呼气流量峰值 (PEF) 平均每日昼夜变异>10%，或周变异率>20%。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的病史资料和检查报告'],
      review: LONG_TERM,
      source: criteria(22),
    },
    source: list(12),
  },
  {
    kind: 'chronic',
    no: 13,
    code: 'M06700',
    name: '银屑病',
    criteria: {
      basis:
        '满足第1条和第2.3条任意一条。1.有不同分型的相应临床表现和皮疹特点：各个时期形态的鳞屑性红斑、丘疹,无菌性脓疱,或指甲、关节病变(相应影像资料及专科诊断)等。2.组织病理学检查确诊。3.皮肤镜等影像技术检查确诊。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的病史资料和检查报告'],
      review: LONG_TERM,
      source: criteria(23),
    },
    source: list(13),
  },
  {
    kind: 'chronic',
    no: 14,
    code: 'M07110',
    name: '特发性炎性肌病（皮炎和多肌炎）',
    aliases: [{ name: '特发性炎症性肌病（皮肌炎和多肌炎）', where: '第四章 四问 序号 27' }],
    // 四问 prints the code "M0710", a digit short: read as 三问's M07110. 三问's "皮炎和多肌炎" is kept as printed.
    note: '四问认定标准表中编码印作“M0710”（少一位），按三问的 M07110 读取。',
    criteria: {
      basis:
        '皮肌炎需同时满足下列4条，多肌炎需满足第3条：1.临床检查发现（至少需要2条）：Gottron征、Gottron斑疹和（或）向阳性皮疹；2.皮肤活检：界面性皮炎。3.皮肌炎肌肉特点满足下列2条或肌肉活检确诊皮肌炎/多肌炎：（1）四肢近端肌无力；（2）肌酶升高；（3）肌活检提示皮肌炎/多肌炎：淋巴细胞浸润（常在血管周围）；束周病变的依据（即：束周肌纤维COX染色淡染和/或NCAM染色阳性）。4.皮肌炎特异性抗体：抗TIF1-g，抗NXP2，抗Mi2，抗MDA5或抗SAE中任何一种抗体阳性。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的病史资料、检验、检查报告'],
      review: LONG_TERM,
      source: criteria(27),
    },
    source: list(14),
  },
  {
    kind: 'chronic',
    no: 15,
    code: 'M07300',
    name: '慢性骨髓炎',
    criteria: {
      basis:
        '同时满足以下条件：1.有急性骨髓炎、开放性骨折或创伤史，或慢性化脓性骨髓炎反复发作史超过3个月；2.病史资料示有慢性骨髓炎相关临床症状，包括局部红肿、疼痛、流脓等反复发作，死骨片自窦道排出，窦道周围皮肤色素沉着，窦道口肉芽组织增生；3.影像学检查或骨活检结果符合慢性骨髓炎诊断。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的病史资料和检查报告'],
      review: { cycleMonths: 24, basis: '同认定依据' },
      source: criteria(30),
    },
    source: list(15),
  },
  {
    kind: 'chronic',
    no: 16,
    code: 'M08206',
    name: '先天性心脏病',
    criteria: {
      basis:
        '心电图、心脏彩色多普勒、X片、心肌酶谱、冠脉造影、冠脉CT、血液等检查及检验结果符合先天性心脏病的诊断标准，并有下列各项之一的：1.心功能≥III级；2.B超提示心脏长大；3.严重心律失常（房扑、房颤、室性心动过速，频发室早、病窦综合征）。',
      materials: ['认定机构开具的出院或门诊病情证明书', '有符合认定标准的病史资料和检查报告'],
      review: LONG_TERM,
      source: criteria(32),
    },
    source: list(16),
  },
  {
    kind: 'chronic',
    no: 17,
    code: 'M12700',
    name: '慢性高原性心脏病',
    criteria: {
      basis:
        '同时满足以下条件：1.有较长的高原工作生活史；2.具有高原性心脏病的临床表现；3.有肺动脉高压征象，经心电图、心脏彩超或X线胸片检查证实。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检查报告'],
      review: LONG_TERM,
      source: criteria(28),
    },
    source: list(17),
  },
  {
    kind: 'chronic',
    no: 18,
    code: 'M00406',
    name: '包虫病',
    criteria: {
      basis:
        '同时满足以下条件：1.已确诊包虫病且影像学检查不适合手术治疗或手术治疗后复发不能再次手术治疗；2.需长期服药治疗者。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的病史资料和检查报告'],
      review: { cycleMonths: 12, basis: '同认定依据' },
      source: criteria(29),
    },
    source: list(18),
  },
  {
    kind: 'chronic',
    no: 19,
    code: 'M07000',
    name: '痛风',
    criteria: {
      basis:
        '一个及以上关节疼痛的病史资料，同时符合下列条件之一：1.有关节炎表现，同时伴持续高尿酸血症（2次及以上）：血尿酸 ≥420μmol/L （7mg/dl），白细胞增高、血沉增快；2.高尿酸血症、痛风石形成和关节畸形，累及肾脏可引起慢性间质性肾炎和尿酸性结石病，并可出现蛋白尿、高血压、肾功能不全。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的病史资料、检查、检验报告'],
      review: LONG_TERM,
      source: criteria(18),
    },
    source: list(19),
  },
  {
    kind: 'chronic',
    no: 20,
    code: 'M07900',
    name: '前列腺增生',
    criteria: {
      basis:
        '同时满足以下条件：1.影像学检查明确提示前列腺增生，前列腺横纵径≥4cm；2.尿流率检查<10ml/s,或残余尿≥50ml；3.有急性尿潴留史≥1次；4.国际前列腺症状评分 I-PSS>8 分。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检查报告'],
      review: { cycleMonths: null, note: '前列腺手术后停止' },
      source: criteria(20),
    },
    source: list(20),
  },
  {
    kind: 'chronic',
    no: 21,
    code: 'M02200',
    name: '其他精神类疾病',
    // 三问 splits row 21 across a page break and repeats "21 M02200 其他精神类疾病"; 四问 does the same with its row 15
    // and prints the codes with a space ("M022 02"). The sub-types' limits differ, so the parent code has none.
    note: '各亚类病种年度限额不同，须按认定的亚类病种结算；儿童注意力缺陷症职工医保栏为“/”，未列限额。',
    subtypes: [
      {
        code: 'M02219',
        name: '精神活性物质所致精神障碍',
        criteria: {
          basis:
            '同时满足以下条件：1.病史资料有长期使用精神活性物质史；2.符合《ICD—10 国际疾病分类与诊断标准（第十版）-精神与行为障碍》相关精神障碍的诊断标准。',
          materials: PSYCHIATRIC_MATERIALS,
          review: LONG_TERM,
          source: criteria(15),
        },
      },
      {
        code: 'M02204',
        name: '强迫症',
        criteria: {
          basis:
            '符合《ICD—10 国际疾病分类与诊断标准（第十版）-精神与行为障碍》强迫症诊断标准，并至少符合以下条件中1条：1.耶鲁-布朗强迫量表（Y-BOCS）评分符合强迫症诊断；2.病史资料有明确的强迫行为或强迫思想，符合症状标准至少已3个月。',
          materials: PSYCHIATRIC_MATERIALS,
          review: LONG_TERM,
          source: criteria(15),
        },
      },
      {
        code: 'M02205',
        name: '器质性精神病',
        criteria: {
          basis:
            '同时满足以下条件：1.病史资料显示由脑部疾病或躯体疾病引起精神障碍；2.符合《ICD—10 国际疾病分类与诊断标准（第十版）-精神与行为障碍》器质性精神病的诊断标准。',
          materials: PSYCHIATRIC_MATERIALS,
          review: LONG_TERM,
          source: criteria(15),
        },
      },
      {
        code: 'M02207',
        name: '孤独症',
        criteria: {
          basis:
            '病史资料有社会交往障碍，言语发育障碍，兴趣范围狭窄和刻板重复的行为模式等典型症状。',
          materials: PSYCHIATRIC_MATERIALS,
          review: LONG_TERM,
          source: criteria(15),
        },
      },
      {
        code: 'M02208',
        name: '血管性痴呆',
        criteria: {
          basis:
            '符合《ICD—10 国际疾病分类与诊断标准（第十版）-精神与行为障碍》血管性痴呆诊断标准，并包括以下2条：1.病史资料显示认知功能和记忆力下降；2.病史资料显示有脑血管疾病史，如脑梗死等。',
          materials: PSYCHIATRIC_MATERIALS,
          review: LONG_TERM,
          source: criteria(15),
        },
      },
      {
        code: 'M02400',
        name: '阿尔茨海默病',
        criteria: {
          basis:
            '同时满足以下条件：1.有近半年的阿尔茨海默病门诊治疗（不少于2次）或住院病历资料（需记载有病情和治疗方案）；2.头部影像学检查如CT或MRI等检查报告支持诊断。',
          materials: ['定点医疗机构的精神科或神经专科医生开具的出院或门诊病情证明书', '符合认定标准的病史资料和检查报告'],
          review: LONG_TERM,
          source: criteria(15),
        },
      },
      {
        code: 'M02202',
        name: '抑郁症',
        criteria: {
          basis:
            '符合《ICD—10 国际疾病分类与诊断标准（第十版）-精神与行为障碍》抑郁症诊断标准。',
          materials: PSYCHIATRIC_MATERIALS,
          review: LONG_TERM,
          source: criteria(15),
        },
      },
      {
        code: 'M02209',
        name: '焦虑症',
        criteria: {
          basis:
            '符合《ICD—10 国际疾病分类与诊断标准（第十版）-精神与行为障碍》相关精神障碍的诊断标准。',
          materials: PSYCHIATRIC_MATERIALS,
          review: LONG_TERM,
          source: criteria(15),
        },
      },
      {
        code: 'M02221',
        name: '创伤后应激障碍',
        criteria: {
          basis:
            '同时满足以下条件：1.病史资料显示患者以一种或多种方式经历过真实死亡或死亡威胁、严重伤害或性暴力等事件，导致延迟出现和长期持续的精神障碍；2.符合《ICD—10 国际疾病分类与诊断标准（第十版）-精神与行为障碍》相关精神障碍的诊断标准；3.符合症状标准至少已3个月。',
          materials: PSYCHIATRIC_MATERIALS,
          review: LONG_TERM,
          source: criteria(15),
        },
      },
      {
        code: 'M02220',
        name: '儿童注意力缺陷症',
        criteria: {
          basis:
            '符合《ICD—10 国际疾病分类与诊断标准（第十版）-精神与行为障碍》相关精神障碍的诊断标准。',
          materials: PSYCHIATRIC_MATERIALS,
          review: LONG_TERM,
          source: criteria(15),
        },
      },
    ],
    source: list(21),
  },
  {
    kind: 'chronic',
    no: 22,
    code: 'M04500',
    name: '心脏瓣膜病（风湿性心脏病）',
    aliases: [{ code: 'M03802', where: '第四章 四问 序号 16' }],
    // seeds/README: 三问 prints M04500 (the row with the limits), 四问 M03802, both for 心脏瓣膜病（风湿性心脏病）.
    // 三问's code is the entry's because the limit is keyed to it; M03802 finds the same entry.
    note: '三问编码为 M04500，四问认定标准表印作 M03802，两者指同一病种。',
    criteria: {
      basis:
        '同时满足以下条件：1.有心脏瓣膜疾病病史；2.有心脏瓣膜损害、心功能不全相应症状、体征；3.DR、心电图、心脏彩超、超声心动图等检查提示瓣膜功能异常。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的病史资料和检查报告'],
      review: LONG_TERM,
      source: criteria(16),
    },
    source: list(22),
  },
  {
    kind: 'chronic',
    no: 23,
    code: 'M04600',
    name: '冠心病',
    criteria: {
      basis:
        '有典型的心绞痛、心肌梗塞、心衰等发作病史、症状、体征，且同时满足以下任意一条：1.冠状动脉 CT 或冠脉造影符合冠心病诊断标准；2.心脏支架或搭桥手术记录。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检查报告'],
      review: LONG_TERM,
      source: criteria(4),
    },
    source: list(23),
  },
  {
    kind: 'chronic',
    no: 24,
    code: 'M02300',
    name: '帕金森病',
    criteria: {
      basis:
        '同时符合下列各项中两项：1.临床表现:运动迟缓，并有静止性震颤、肌强直、姿势步态异常三项主征中的一项；2.多巴类药物(含多巴受体激动剂等抗帕金森病药物)治疗有效；3.头部CT或磁共振(MRI)扫描等检查支持本病诊断，排除其它疾病。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的病史资料和检查报告'],
      review: LONG_TERM,
      source: criteria(6),
    },
    source: list(24),
  },
  {
    kind: 'chronic',
    no: 25,
    code: 'M04803',
    name: '脑血管病后遗症',
    criteria: {
      basis:
        '满足以下第1.2.3条件或第1.2.4条件的达到标准。1.有急性脑血管病病史，如脑血栓、脑梗塞、脑出血、蛛网膜下腔出血、脑室出血、静脉(窦)血栓形成；2.有相应的客观检查诊断依据资料(如脑CT或MRI报告单等)；3.经临床治疗三个月后仍遗留以下症状和体征(须有任意1项达到标准者)：(1)意识障碍格拉斯哥(Glasgowcomascaie,GCS)昏迷量表评定<11分；(2)肢体运动功能障碍符合其中之一：①肌力(Lovett分级法)<III级肌力；②肌张力：Ashworth痉挛量表评定>11级；③偏瘫运动功能评定(Brunnstrom评价法)≤3级；(3)失语症程度(BDAE分级法)<2级；(4)认知障碍：简易精神状态检查(MMSE)<17分。4.经临床治疗三个月后脑血管意外后遗症达到中国脑卒中临床神经功能缺损程度评分为中型或重型者。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的病史资料和检查报告'],
      review: LONG_TERM,
      source: criteria(7),
    },
    source: list(25),
  },
  {
    kind: 'chronic',
    no: 26,
    code: 'M05300',
    name: '慢性阻塞性肺疾病',
    criteria: {
      basis:
        '有慢性咳嗽、咳痰、逐渐加重的气短或呼吸困难等临床表现，且满足下列条件之一：1.肺功能检查：吸入支气管舒张剂后FEV1（一秒用力呼气容积）/FVC（用力肺活量）所占百分比<70%并排除其他疾病引起的气流受限。2.无法行肺功能检查者：（1）影像学检查符合阻塞性肺气肿诊断；（2）病史资料符合慢性阻塞性肺疾病临床症状和体征。【注】无法行肺功能检查：年龄≥90岁、因认知功能障碍无法配合检查、口腔牙齿等局部问题无法检查、存在肺功能禁忌症。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '无法行肺功能检查者，需提交两名副主任及以上级别专科或全科医师出具诊断证明书，证明可以确诊慢性阻塞性肺疾病（明确无法提供肺功能检查报告的原因和可以确诊的理由及依据）', '符合认定标准的检查报告'],
      review: LONG_TERM,
      source: criteria(12),
    },
    source: list(26),
  },
  {
    kind: 'chronic',
    no: 27,
    code: 'M04100',
    name: '慢性肺源性心脏病',
    criteria: {
      basis:
        '同时符合以下条件：1.有慢阻肺或慢性支气管炎、肺气肿病史或其他胸肺疾病病史；2.超声心动图或心脏彩超提示右心增大或肥厚、肺动脉压增高，且同时排除引起右心增大的其他心脏疾病；3.心电图、影像学检查（胸部CT或X片）提示有肺心病的征象。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检查报告'],
      review: LONG_TERM,
      source: criteria(13),
    },
    source: list(27),
  },
  {
    kind: 'chronic',
    no: 28,
    code: 'M07605',
    name: '慢性肾炎/肾病综合征',
    subtypes: [
      {
        code: 'M07700',
        name: '肾病综合征',
        criteria: {
          basis:
            '有慢性肾脏病病史且符合下列各项之一：1.24小时尿蛋白定量>3.5g和血浆白蛋白<30g/L；2.有明显的肾病综合征的临床表现，24小时尿蛋白定量接近但未达3.5g/d，需认定机构专科副主任（含）以上医师签署诊断证明书和病情说明，并根据相关病史资料、24小时尿蛋白定量、血浆白蛋白、血脂、肾功能检查等进行认定。',
          materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的病史资料、检验、检查报告'],
          review: LONG_TERM,
          source: criteria(33),
        },
      },
      {
        code: 'M07603',
        name: '慢性肾小球肾炎',
        criteria: {
          basis:
            '1.有蛋白尿、血尿、高血压和水肿等慢性肾小球肾炎临床表现；2.24小时尿蛋白定量>3g。',
          materials: ['定点医疗机构开具的出院或门诊病情证明书', '有符合认定标准的病史资料和检验报告'],
          review: LONG_TERM,
          source: criteria(33),
        },
      },
    ],
    source: list(28),
  },
  {
    kind: 'chronic',
    no: 29,
    code: 'M06200',
    name: '肝硬化',
    criteria: {
      basis:
        '符合下列各项之一：1.有门脉高压体征；2.肝功能、凝血功能、影像学检查(B超、CT、MRI)等结果符合肝硬化的改变；3.肝穿符合G2/S3或肝脏瞬时弹性检查(Fibroscan)符合硬化(包括早期)指标。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检查、检验报告'],
      review: LONG_TERM,
      source: criteria(8),
    },
    source: list(29),
  },
  {
    kind: 'chronic',
    no: 30,
    code: 'M07106',
    name: '干燥综合征（舍格伦）',
    criteria: {
      basis:
        '满足以下 1.2.3.4 中 3 条和第 5 条：1.临床症状：如口腔、眼部症状符合干燥综合征典型表现；2.Schirmer 试验阳性（≤5mm/5min）或角膜染色阳性（≥4Van Bijsterveld 计分法）；3.组织学检查：唇腺病理示淋巴细胞灶≥1；4.唾液流率阳性（≤1.5ml/15min）或腮腺造影或唾液腺放射性核素检查阳性；5.自身抗体：抗 SSA 抗体或抗 SSB 抗体阳性。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检查、检验报告'],
      review: LONG_TERM,
      source: criteria(19),
    },
    source: list(30),
  },
  {
    kind: 'chronic',
    no: 31,
    code: 'M10800',
    name: '重度骨质疏松',
    criteria: {
      basis:
        '诊断骨质疏松症的患者满足以下任意一条：1.有脆性骨折，且符合其中 1 项：①DXA 测定的中轴骨骨密度（腰椎或髌部）或桡骨远端 1/3 骨密度的 T-值 ≤-2.5；②QCT 腰椎骨密度 <80mg/cm³；2.无脆性骨折，但 DXA 测定的腰椎、股骨颈、全髌或桡骨远端 1/3 骨密度的 T-值 ≤-3.0。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '骨密度检测报告和（或）骨折部位影像学检查报告', '脆性骨折患者需要病史资料'],
      review: LONG_TERM,
      source: criteria(2),
    },
    source: list(31),
  },
  {
    kind: 'chronic',
    no: 32,
    code: 'M06900',
    name: '类风湿关节炎',
    criteria: {
      basis:
        '同时满足以下条件：1.提供符合类风湿关节炎分类诊断标准的病史资料；2.实验室检查，如血沉、类风湿因子、C 反应蛋白、抗 CCP 抗体；或影像学检查，如 X 线、磁共振成像等符合类风湿关节炎临床诊断标准。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的检查、检验报告'],
      review: LONG_TERM,
      source: criteria(3),
    },
    source: list(32),
  },
  {
    kind: 'chronic',
    no: 33,
    code: 'M07200',
    name: '强直性脊柱炎',
    criteria: {
      basis:
        '1.临床标准，满足以下条件之一：(1)腰痛、僵硬在3个月以上，活动改善，休息无改善；(2)腰椎屈曲、侧弯活动受限；(3)胸廓活动度低于相应年龄、性别的正常人群。2.放射学标准：双侧骶髂关节炎≥2级或单侧骶髂关节炎≥3级。',
      materials: ['定点医疗机构开具的出院或门诊病情证明书', '符合认定标准的病史资料和放射学检查报告'],
      review: LONG_TERM,
      source: criteria(5),
    },
    source: list(33),
  },
];
