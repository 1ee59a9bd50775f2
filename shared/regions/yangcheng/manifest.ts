import type { RegionManifest } from '../manifest';
import { DOC } from './documents';
import { claim } from './claim';

/** 阳城县 (000): the words and ids of the region; its rules are in ./index.ts. */
export const manifest = {
  id: 'yangcheng',
  name: '阳城县',
  documents: [DOC],
  verifiedAt: '2026-03',
  /** 第十四条: the 细则 applies from 2026-07-01. */
  firstDate: '2026-07-01',
  /** The 优抚医疗补助 is worked out from a 医保结算单, whatever insurance the veteran has: no estimate of its own. */
  schemes: [],
  visitTypes: [],
  categories: [],
  notCovered: [
    '2026-07-01 以前适用的《阳城县优抚对象医疗补助资金使用管理办法(试行)》(阳民字[2016]11 号)未收录（第十四条）',
    '2026 年的定额门诊补助在第一季度按此前的办法发放，标准未收录（第四条（二））',
  ],
  programs: ['veteran'],
  veteran: {
    shortName: '阳城',
    label: '阳城县',
    causeNote: '阳城七至十级必填，因病七至十级不属于细则所称优抚对象',
    rosterAliases: ['阳城', '阳城县'],
    /** 第二条: 残疾军人、“三属”、在乡复员军人、带病回乡退役军人、参战参试退役人员. */
    categories: ['disabled', 'martyr-family', 'demobilized-rural', 'ill-returned', 'war-participant'],
    /** 第六条: the 非一站式 claim the app files (shared/applications/veteran-subsidy), in the 细则's words. */
    claim,
  },
} as const satisfies RegionManifest;
