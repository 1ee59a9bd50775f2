import { param } from '../../../params/param';
import { cite } from '../../../source';
import type { Limits } from '../../../catalogue/types';
import { DOC } from '../documents';

/**
 * 慢病年度支付限额 in yuan by disease or sub-type code (第四章 三问): "门诊慢性病有33种", each with its limit by scheme.
 * The figures as printed: every cell reads as a whole number of yuan (the bold "<b>1000</b>" of rows 11–21 is only
 * typesetting); "/" is `null` — no limit listed for that scheme, and nothing is paid from it (never a guessed
 * figure). A disease with sub-types has a row per sub-type only. The catalogue (../catalogue/chronic.ts) keeps the
 * names, codes and criteria; a new year's limits are a new dated value here.
 */
export const chronicLimits = param<Record<string, Limits>>('门诊慢性病年度支付限额', 'table', {
  '2025-01-01': {
    source: cite(DOC, '第四章 三问'),
    value: {
      M01701: { employee: '1000', resident: '600' }, // 甲状腺功能减退
      M01702: { employee: '1000', resident: '600' }, // 甲状腺功能亢进
      M03600: { employee: '1000', resident: '600' }, // 青光眼
      M04301: { employee: '1000', resident: '600' }, // 慢性心力衰竭
      M06101: { employee: '1000', resident: '600' }, // 自身免疫性肝炎
      M03300: { employee: '1000', resident: '600' }, // 进行性肌营养不良
      M03911: { employee: '1000', resident: '600' }, // 高血压2级及以上（高血压性心脏病）
      M01603: { employee: '1000', resident: '600' }, // 糖尿病伴并发症
      M00100: { employee: '1000', resident: '600' }, // 结核病
      M00202: { employee: '1000', resident: '600' }, // 丙型肝炎
      M00201: { employee: '1000', resident: '600' }, // 其他病毒性肝炎（不含甲型、丙型肝炎）
      M02500: { employee: '1000', resident: '600' }, // 癫痫
      M04200: { employee: '1000', resident: '600' }, // 心肌病
      M05400: { employee: '1000', resident: '600' }, // 支气管哮喘
      M06700: { employee: '1000', resident: '600' }, // 银屑病
      M07110: { employee: '1000', resident: '600' }, // 特发性炎性肌病（皮炎和多肌炎）
      M07300: { employee: '1000', resident: '600' }, // 慢性骨髓炎
      M08206: { employee: '1000', resident: '600' }, // 先天性心脏病
      M12700: { employee: '1000', resident: '600' }, // 慢性高原性心脏病
      M00406: { employee: '1000', resident: '600' }, // 包虫病
      M07000: { employee: '1000', resident: '600' }, // 痛风
      M07900: { employee: '1000', resident: '600' }, // 前列腺增生
      M02219: { employee: '1000', resident: '600' }, // 精神活性物质所致精神障碍
      M02204: { employee: '1000', resident: '600' }, // 强迫症
      M02205: { employee: '1000', resident: '600' }, // 器质性精神病
      M02207: { employee: '1000', resident: '600' }, // 孤独症
      M02208: { employee: '1000', resident: '600' }, // 血管性痴呆
      M02400: { employee: '1500', resident: '800' }, // 阿尔茨海默病
      M02202: { employee: '2000', resident: '1500' }, // 抑郁症
      M02209: { employee: '2000', resident: '1500' }, // 焦虑症
      M02221: { employee: '2000', resident: '1500' }, // 创伤后应激障碍
      M02220: { employee: null, resident: '600' }, // 儿童注意力缺陷症
      M04500: { employee: '1500', resident: '800' }, // 心脏瓣膜病（风湿性心脏病）
      M04600: { employee: '1500', resident: '800' }, // 冠心病
      M02300: { employee: '1500', resident: '800' }, // 帕金森病
      M04803: { employee: '1500', resident: '800' }, // 脑血管病后遗症
      M05300: { employee: '1500', resident: '800' }, // 慢性阻塞性肺疾病
      M04100: { employee: '1500', resident: '800' }, // 慢性肺源性心脏病
      M07700: { employee: '2000', resident: '1500' }, // 肾病综合征
      M07603: { employee: '2000', resident: '1500' }, // 慢性肾小球肾炎
      M06200: { employee: '2000', resident: '1500' }, // 肝硬化
      M07106: { employee: '2000', resident: '1500' }, // 干燥综合征（舍格伦）
      M10800: { employee: '2000', resident: '1500' }, // 重度骨质疏松
      M06900: { employee: '2000', resident: '1500' }, // 类风湿关节炎
      M07200: { employee: '2000', resident: '1500' }, // 强直性脊柱炎
    },
  },
});
