import { cite } from '../../../source';
import type { CrossProvince } from '../../../onething/types';
import { DOC } from '../documents';

/**
 * 门诊慢特病费用跨省直接结算 for 巴中 (004 第七章 二问（三）, 四问 注): the ten diseases joined to this region's catalogue
 * (../catalogue/chronic.ts, special.ts) by name. The handbook prints no table joining them, so each entry is the
 * catalogue disease of the same name; where the local name is narrower or wider, `note` says so. The 认定 itself
 * follows the local criteria (第四章 四问、六问): the list says which recognised diseases settle across provinces.
 */
export const CROSS_PROVINCE: CrossProvince = {
  listed: cite(DOC, '第七章 二问（三）'),
  steps: {
    value: ['在参保地认定门诊慢特病', '办理异地就医备案', '到开通跨省门诊慢特病结算的定点医疗机构直接结算'],
    source: cite(DOC, '第七章 四问 注'),
  },
  mapping: [
    {
      disease: 'hypertension',
      entries: [{ code: 'M03911', name: '高血压2级及以上（高血压性心脏病）' }],
      note: '“两病”的高血压（吃降压药、但达不到慢病认定标准）不是门诊慢特病认定，不在这 10 个病种的跨省直接结算之内（第四章 十七问）。',
    },
    {
      disease: 'diabetes',
      entries: [{ code: 'M01603', name: '糖尿病伴并发症' }],
      note: '“两病”的糖尿病（吃降糖药、但达不到慢病认定标准）不是门诊慢特病认定（第四章 十七问）。',
    },
    {
      disease: 'cancer-outpatient',
      entries: [{ code: 'M00500', name: '恶性肿瘤门诊治疗', note: '本地病种名为“门诊治疗”，跨省直接结算的病种写作“门诊放化疗”。' }],
    },
    {
      disease: 'uremia-dialysis',
      entries: [{ code: 'M07801', name: '慢性肾功能衰竭透析治疗' }],
    },
    {
      disease: 'transplant',
      entries: [
        { code: 'M08300', name: '器官移植抗排异治疗', note: '含肾、骨髓、心、肝、肺、肝肾、干细胞移植各亚类。' },
      ],
    },
    { disease: 'copd', entries: [{ code: 'M05300', name: '慢性阻塞性肺疾病' }] },
    { disease: 'rheumatoid', entries: [{ code: 'M06900', name: '类风湿关节炎' }] },
    { disease: 'coronary', entries: [{ code: 'M04600', name: '冠心病' }] },
    {
      disease: 'viral-hepatitis',
      entries: [{ code: 'M00200', name: '病毒性肝炎', note: '含丙型肝炎、其他病毒性肝炎两个亚类；自身免疫性肝炎（M06101）不是病毒性肝炎。' }],
    },
    { disease: 'ankylosing', entries: [{ code: 'M07200', name: '强直性脊柱炎' }] },
  ],
  mappingNote:
    '手册没有印出这 10 个病种与本市病种编码的对照表，这里按病种名称对应；能否跨省直接结算以参保地医保经办机构和就医地定点医疗机构的结算为准。',
  twoDiseases: {
    value: '“两病”即轻症高血压、糖尿病：已经在服用降血压和降血糖药物而病情没有达到慢病认定标准的高血压和糖尿病。',
    source: cite(DOC, '第四章 十七问'),
  },
  recognitionWhere: {
    value: '参保患者申请门诊慢特病认定需持相关资料到参保辖区医保局委托的符合条件的定点医疗机构办理。',
    source: cite(DOC, '第四章 七问'),
  },
};
