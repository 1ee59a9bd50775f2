import { cite, Source } from '../../source';
import { GUIDE, HANDBOOK } from '../documents';

/** The kinds of 异地就医备案 (GLOSSARY: remoteFiling) and which applies to whom, in the documents' words. */
export const REMOTE_FILING_KINDS = ['retiredRelocated', 'longTermResident', 'postedWorker', 'referral', 'otherTemporary'] as const;
export type RemoteFilingKind = (typeof REMOTE_FILING_KINDS)[number];

/** 长期备案 (004 第一章 二十八问) or 临时备案 (004 第一章 二十九). */
export type FilingTerm = 'longTerm' | 'temporary';

export interface RemoteFilingKindInfo {
  label: string;
  term: FilingTerm;
  /** "Which applies to me", in the documents' words. */
  whoApplies: string;
  sources: Source[];
}

export const REMOTE_FILING_KIND_INFO: Record<RemoteFilingKind, RemoteFilingKindInfo> = {
  retiredRelocated: {
    label: '异地安置退休人员备案',
    term: 'longTerm',
    whoApplies: '退休后在参保地以外长期居住的人员（004：异地居住退休人员；003：异地安置退休人员）',
    sources: [cite(HANDBOOK, '第一章 二十八问（三）'), cite(GUIDE, '五、办理条件（二）'), cite(HANDBOOK, '第七章 二问（二）')],
  },
  longTermResident: {
    label: '异地长期居住人员备案',
    term: 'longTerm',
    whoApplies: '在参保地以外长期居住的人员，例如"村民长期异地随子女生活"',
    sources: [cite(HANDBOOK, '第一章 二十八问（一）'), cite(GUIDE, '五、办理条件（二）'), cite(HANDBOOK, '第七章 二问（二）')],
  },
  postedWorker: {
    label: '常驻异地工作人员备案',
    term: 'longTerm',
    whoApplies: '由参保单位派驻参保地以外长期工作的人员',
    sources: [cite(HANDBOOK, '第一章 二十八问（二）'), cite(GUIDE, '五、办理条件（二）'), cite(HANDBOOK, '第七章 二问（二）')],
  },
  referral: {
    label: '异地转诊人员备案',
    term: 'temporary',
    whoApplies: '经转出地医疗机构开具转诊证明，转到参保地以外就医的人员',
    sources: [cite(HANDBOOK, '第一章 二十九（一）'), cite(GUIDE, '附件1 温馨提示 3'), cite(HANDBOOK, '第七章 二问（二）')],
  },
  otherTemporary: {
    label: '其他临时外出就医人员备案',
    term: 'temporary',
    whoApplies: '因其他原因临时外出、在参保地以外就医的人员',
    sources: [cite(HANDBOOK, '第一章 二十九（三）'), cite(HANDBOOK, '第七章 二问（二）')],
  },
};

export function isLongTerm(kind: RemoteFilingKind): boolean {
  return REMOTE_FILING_KIND_INFO[kind].term === 'longTerm';
}
