import type { RegionManifest } from '../manifest';
import { DOC } from './documents';

/** 广西壮族自治区 (001): the words and ids of the region; its rules are in ./index.ts. */
export const manifest = {
  id: 'guangxi',
  name: '广西壮族自治区',
  documents: [DOC],
  verifiedAt: '2023-12',
  /** 第三十五条: the 办法 applies from its issue, 2023-12-29. */
  firstDate: '2023-12-29',
  /** The 优抚医疗补助 is worked out from a 医保结算单, whatever insurance the veteran has: no estimate of its own. */
  schemes: [],
  visitTypes: [],
  categories: [],
  notCovered: [
    '2023-12-29 以前适用的《广西壮族自治区一至六级残疾军人医疗保障实施办法》（桂民发〔2007〕59 号）未收录（第三十五条）',
    '残疾退役军人以外的优抚对象的医疗补助未收录（第二条）',
    '定额门诊补助的标准由各地规定，未收录（第十二条）',
    '旧伤复发、无工作单位或单位无力支付时的补助金额：办法未规定比例，未收录（第二十四条）',
  ],
  programs: ['veteran'],
  veteran: {
    shortName: '广西',
    label: '广西',
    rosterAliases: ['广西', '广西壮族自治区'],
    /** 第二条: the 办法 covers 残疾退役军人 only. */
    categories: ['disabled'],
  },
} as const satisfies RegionManifest;
