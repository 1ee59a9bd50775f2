import type { Source } from '../source';
import { CROSS_DISEASES } from './diseases';
import { dueDate } from './due';
import { oneThingOf } from './index';
import type { CrossDiseaseId, DeadlineRule, OneScheme, OneThingProgram } from './types';

/** Where treatment will be, in the person's words. */
export type Where = 'home' | 'province' | 'elsewhere';
/** 长期 (living, working or retired there) or 临时 (a referral or a trip for treatment). */
export type Stay = 'long' | 'short';

/** The plain questions of the 一件事 page. */
export interface OneThingAnswers {
  region: string;
  scheme: OneScheme;
  where: Where;
  stay: Stay;
  /** One of the ten, another 慢特病, or none. */
  chronic: CrossDiseaseId | 'other' | 'none';
  /** Already recognised (认定) at the 参保地. */
  recognised: boolean;
  /** 职工医保 with a 个人账户 (asked of employees only). */
  personalAccount: boolean;
}

/** A button into the product's own flow. */
export type FlowAction = 'filing' | 'reimbursement' | 'estimate' | 'catalogue';

export type ItemId = 'family' | 'recognise' | 'filing' | 'cross-direct' | 'settlement' | 'deadlines';

/** One step of her checklist, in the order to do them. */
export interface ChecklistItem {
  id: ItemId;
  /** Which of the four items of 003 一、 / 004 第七章 二问 it belongs to. */
  part: string;
  title: string;
  what: readonly string[];
  where: readonly string[];
  bring: readonly string[];
  actions: readonly FlowAction[];
  sources: readonly Source[];
  /** What the document does not say for this step. */
  silent?: string;
}

/** A deadline as the checklist shows it, with the last day for a stay ending `today` as an example. */
export interface ChecklistDeadline {
  rule: DeadlineRule;
  exampleDue: string;
}

export interface Checklist {
  region: string;
  regionName: string;
  items: ChecklistItem[];
  deadlines: ChecklistDeadline[];
  silent: readonly string[];
}

const PARTS = {
  family: '职工医保个人账户家庭共济',
  filing: '异地就医备案',
  chronic: '门诊慢特病费用跨省直接结算',
  settlement: '医疗费用报销直接结算',
} as const;

function familyItem(p: OneThingProgram): ChecklistItem | null {
  if (!p.family) return null;
  const f = p.family;
  return {
    id: 'family',
    part: PARTS.family,
    title: '个人账户可以给家人用',
    what: [
      `可以绑定的近亲属：${f.relatives.value.join('、')}。`,
      ...f.pays.value.map((x) => `可以支付：${x}。`),
      f.authorise ? f.authorise.value : '文件没有写授权要签什么，按渠道的提示办理。',
      '本程序只告诉您怎么办，授权要在下面的渠道里由您本人完成。',
    ],
    where: f.channels.value,
    // 003 六（一）"不需要提供资料" is part of `authorise`; 004 and 002 list nothing to bring.
    bring: [],
    actions: [],
    sources: [f.relatives.source, f.pays.source, ...(f.authorise ? [f.authorise.source] : []), f.channels.source],
  };
}

function recogniseItem(p: OneThingProgram, a: OneThingAnswers): ChecklistItem | null {
  if (a.chronic === 'none' || a.recognised) return null;
  const cp = p.crossProvince;
  const mapping = cp.mapping.find((m) => m.disease === a.chronic);
  const codes = mapping?.entries.map((e) => `${e.name}（${e.code}）`) ?? [];
  const what = [
    codes.length > 0 ? `先在参保地认定门诊慢特病：${codes.join('、')}。` : '先在参保地认定门诊慢特病。',
    ...(mapping?.note ? [mapping.note] : []),
    ...(cp.twoDiseases && (a.chronic === 'hypertension' || a.chronic === 'diabetes') ? [`注意：${cp.twoDiseases.value}`] : []),
  ];
  return {
    id: 'recognise',
    part: PARTS.chronic,
    title: '第一步：认定门诊慢特病',
    what,
    where: cp.recognitionWhere ? [cp.recognitionWhere.value] : [],
    bring: [],
    actions: codes.length > 0 ? ['catalogue'] : [],
    sources: [cp.steps.source, ...(cp.twoDiseases ? [cp.twoDiseases.source] : []), ...(cp.recognitionWhere ? [cp.recognitionWhere.source] : [])],
    silent: cp.recognitionWhere ? undefined : cp.mappingNote,
  };
}

function filingItem(p: OneThingProgram, a: OneThingAnswers): ChecklistItem | null {
  if (a.where === 'home') return null;
  const f = p.filing;
  const term = a.stay === 'long' ? '长期备案' : '临时备案';
  const what = [
    a.stay === 'long'
      ? '办理长期备案：异地安置退休人员、异地长期居住人员、常驻异地工作人员三类，按自己的情况选一种；备案有效期内不用重复备案。'
      : '办理临时备案：异地转诊人员、其他临时外出就医人员。',
  ];
  const where = [...(f.online ? [`线上：${f.online.value.join('、')}`] : []), ...(f.offline ? [`线下：${f.offline.value}`] : []), '也可以在本程序里填写备案申请'];
  const bring = a.stay === 'long' && f.longTermProof ? f.longTermProof.value : [];
  const sources = [f.online?.source, f.offline?.source, a.stay === 'long' ? f.longTermProof?.source : undefined].filter((s): s is Source => Boolean(s));
  return {
    id: 'filing',
    part: PARTS.filing,
    title: a.chronic !== 'none' && !a.recognised ? `第二步：${term}` : term,
    what,
    where,
    bring,
    actions: ['filing'],
    sources,
    silent:
      !f.online && !f.offline
        ? '这个地区的文件没有写异地就医备案的渠道，请向参保地医保经办机构咨询。'
        : a.stay === 'long' && !f.longTermProof
          ? '文件没有写长期备案要带哪些证明，请按备案渠道的提示准备。'
          : undefined,
  };
}

function crossDirectItem(p: OneThingProgram, a: OneThingAnswers): ChecklistItem | null {
  if (a.where !== 'elsewhere' || a.chronic === 'none') return null;
  const cp = p.crossProvince;
  if (a.chronic === 'other') {
    return {
      id: 'cross-direct',
      part: PARTS.chronic,
      title: '跨省看门诊慢特病',
      what: [
        `已实现跨省直接结算的门诊慢特病是这 10 种：${CROSS_DISEASES.map((d) => d.name).join('、')}。`,
        '您的病不在其中：文件没有写其他病种到省外能否直接结算，请向参保地医保经办机构确认。',
      ],
      where: [],
      bring: [],
      actions: [],
      sources: cp.listed ? [cp.listed] : [],
    };
  }
  const name = CROSS_DISEASES.find((d) => d.id === a.chronic)?.name ?? '';
  return {
    id: 'cross-direct',
    part: PARTS.chronic,
    title: `${a.recognised ? '' : '第三步：'}在就医地直接结算`,
    what: [
      `${name}是已实现跨省直接结算的 10 个病种之一。`,
      `按顺序：${cp.steps.value.join(' → ')}。`,
      '在开通了跨省门诊慢特病结算的定点医疗机构看门诊，出示医保码或社保卡，直接结算。',
    ],
    where: ['就医地开通跨省直接结算的定点医疗机构'],
    bring: ['医保电子凭证（医保码）或社会保障卡'],
    actions: ['estimate'],
    sources: [cp.steps.source, ...(cp.listed ? [cp.listed] : [])],
  };
}

function settlementItem(p: OneThingProgram): ChecklistItem {
  const s = p.settlement;
  return {
    id: 'settlement',
    part: PARTS.settlement,
    title: '出院时直接结算，没结算的手工报销',
    what: [s.direct.value, ...s.manualWhen.value.map((x) => `要手工报销的情况：${x}。`)],
    where: s.manualChannels?.value ?? [],
    bring: [],
    actions: ['reimbursement', 'estimate'],
    sources: [s.direct.source, s.manualWhen.source, ...(s.manualChannels ? [s.manualChannels.source] : [])],
    silent: s.manualChannels ? undefined : '这个地区的文件没有写手工报销的渠道和材料，请向参保地医保经办机构咨询。',
  };
}

/**
 * Her own checklist across the four items, in the order to do them: 家庭共济 (an employee with a personal account),
 * then 认定 → 备案 → 直接结算 (004 第七章 四问 注, 003 五（三）), then what happens at discharge, then every deadline
 * the documents give for her scheme. Undefined for a region without 一件事 data.
 */
export function checklistFor(a: OneThingAnswers, today: string): Checklist | undefined {
  const p = oneThingOf(a.region);
  if (!p) return undefined;
  const items = [
    a.scheme === 'employee' && a.personalAccount ? familyItem(p) : null,
    recogniseItem(p, a),
    filingItem(p, a),
    crossDirectItem(p, a),
    settlementItem(p),
  ].filter((i): i is ChecklistItem => i !== null);
  const deadlines = p.deadlines
    .filter((d) => d.schemes.includes(a.scheme))
    .map((rule) => ({ rule, exampleDue: dueDate(rule.due, today).format('YYYY-MM-DD') }));
  return { region: a.region, regionName: p.name, items, deadlines, silent: p.silent };
}

/** "2027-06-30" → "2027年6月30日". */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
