import { yearOf } from '../../../dates';
import { ZERO, max0, minOf, yuan, figure, type Amount } from '../../../amount';
import { sourceAt } from '../../../params/param';
import { valueAt } from '../../../chain/params';
import {
  priorYearDisposableIncome,
  seriousIllnessBands,
  seriousIllnessCap,
  seriousIllnessDeductibleShare,
  seriousIllnessPreference,
} from '../params/serious-illness';
import { banded, describeBands } from '../../../formulas/bands';
import { capRemaining, yearlyIncrement } from '../../../formulas/annual';
import { ChainContext } from '../../../chain/context';
import { CATEGORY_NAMES } from '../../vocabulary';
import type { Category } from '../manifest';
import { categoriesOf } from './categories';
import { DOC } from '../documents';
import { annualSeriousIllnessCap } from '../waiting/serious-illness-cap';
import { seriousIllnessBreakPenalty, seriousIllnessIncentives } from '../params/waiting/serious-illness-incentives';
import { cite, citationText } from '../../../source';

/** The 大病 step draws on 二十二问 (deductible) to 二十六问 (cap): it cites them together. */
const SOURCE = cite(DOC, '第三章 二十二问至二十六问 城乡居民大病保险');

/** 特困人员、孤儿、低保对象 (004 第三章 二十四问): the one override of the base 大病 rule. */
const PREFERRED: Category[] = ['extreme-poverty', 'orphan', 'dibao'];

/**
 * 城乡居民大病保险: "扣除起付标准后分段按比例赔付" (004 第三章 二十三问) on the year's accumulated in-scope
 * self-pay left after 基本医保; the deductible is 50% of the prior year's per-capita disposable income (二十二问).
 */
export function seriousIllness(ctx: ChainContext): void {
  const { trace } = ctx;
  const incomeValue = valueAt(priorYearDisposableIncome, ctx.date);
  const income = figure(trace.use(incomeValue));
  const share = figure(trace.use(valueAt(seriousIllnessDeductibleShare, ctx.date)));
  const bandsValue = valueAt(seriousIllnessBands, ctx.date);
  const bands = trace.use(bandsValue);
  const preference = trace.use(valueAt(seriousIllnessPreference, ctx.date));

  const preferredAs = categoriesOf(ctx).find((cat) => PREFERRED.includes(cat));
  let deductible = income.times(share);
  let deductibleText = `上一年度人均可支配收入 ${yuan(income)} × ${share.times(100)}% = ${yuan(deductible)}`;
  let bonus = ZERO;
  if (preferredAs) {
    deductible = deductible.times(preference.deductibleShare);
    deductibleText += `，${CATEGORY_NAMES[preferredAs]}降低 50% 为 ${yuan(deductible)}，各段比例提高 ${figure(preference.ratioBonus).times(100)}%`;
    bonus = figure(preference.ratioBonus);
  }

  const thisVisit = ctx.remaining();
  const before = ctx.ytd.seriousIllnessSelfPay;
  const entitlement = (acc: Amount) => banded(max0(acc.minus(deductible)), bands, bonus).total;
  const { increment, entitledBefore, entitledAfter } = yearlyIncrement(entitlement, before, thisVisit);
  ctx.accumulate('seriousIllnessSelfPay', thisVisit);

  const after = before.plus(thisVisit);
  let text = `本年累计基本医保后政策范围内自付 ${yuan(after)}（此前 ${yuan(before)} + 本次 ${yuan(thisVisit)}），起付线：${deductibleText}`;
  if (after.lessThanOrEqualTo(deductible)) {
    text += '；累计未超过起付线，本次不予赔付';
  } else {
    const parts = banded(after.minus(deductible), bands, bonus).parts;
    text += `；超过起付线 ${yuan(after.minus(deductible))}：${describeBands(parts)}；本年应赔付累计 ${yuan(entitledAfter)}，扣除此前应赔付 ${yuan(entitledBefore)}，本次 ${yuan(increment)}`;
  }

  let pay = increment;
  if (preferredAs && preference.noCap) {
    text += `；${CATEGORY_NAMES[preferredAs]}不设赔付限额`;
  } else {
    const { cap, text: capText } = annualCap(ctx);
    if (capText) text += `；${capText}`;
    const left = capRemaining(cap, ctx.ytd.seriousIllnessPaid);
    if (increment.greaterThan(left)) {
      text += capText ? `，仅余 ${yuan(left)}，按余额赔付` : `；年度最高赔付限额 ${yuan(cap)} 仅余 ${yuan(left)}，按余额赔付`;
      pay = minOf(increment, left);
    }
  }
  const paid = ctx.pay('seriousIllness', pay, text, SOURCE);
  ctx.accumulate('seriousIllnessPaid', paid);
}

/**
 * The year's 大病保险 cap. With the person's 参保 history (`insuredYears`, `zeroClaimYears`, as `yibao waiting` takes
 * them) it is the waiting program's own computation (waiting/serious-illness-cap.ts: 九问 continuity and zero-claim
 * rewards, 十问（一） break penalties, each capped at 20% of the base); the step then says the cap and how it was
 * derived, and a note gives the derivation line by line. Without the history it is the base cap of 二十六问, and a
 * note says so and what history would change it. `text` is what the step adds (empty when nothing is to be said).
 */
function annualCap(ctx: ChainContext): { cap: Amount; text: string } {
  const { trace } = ctx;
  const { insuredYears, zeroClaimYears, birthDate } = ctx.c.person;
  const coverageYear = yearOf(ctx.date);
  if (insuredYears === undefined) {
    const base = figure(trace.use(valueAt(seriousIllnessCap, ctx.date)));
    trace.note(baseCapNote(ctx.date, base));
    return { cap: base, text: '' };
  }
  // The estimate schema made the waiting schema's checks; categories are left out: 特困人员、孤儿、低保对象 never get here.
  const r = annualSeriousIllnessCap({ coverageYear, insuredYears, zeroClaimYears: zeroClaimYears ?? [], categories: [], birthDate });
  for (const note of r.notes) trace.note(note);
  if (r.cap === null) throw new Error('大病保险限额：非特困、孤儿、低保对象应有限额');
  const cap = figure(r.cap);
  const sections = [...new Set(r.steps.map((s) => s.source.section))].join('、');
  trace.note(`${coverageYear} 年度大病保险最高赔付限额 ${yuan(cap)}，按所填参保年度计算：${r.steps.map((s) => `${s.rule}：${s.formula}（${s.source.section}）`).join('；')}。`);
  if (zeroClaimYears === undefined && insuredYears.includes(coverageYear - 1)) {
    // What a zero-claim last year would give, by the same computation (it is worth nothing once the 20% is reached).
    const ifZero = annualSeriousIllnessCap({ coverageYear, insuredYears, zeroClaimYears: [coverageYear - 1], categories: [], birthDate });
    if (ifZero.cap !== null && figure(ifZero.cap).greaterThan(cap)) {
      trace.note(`未填写基金零报销年度，按 ${coverageYear - 1} 年度有基金报销计；如该年度基金零报销，${coverageYear} 年度限额为 ${yuan(ifZero.cap)}（${sourceAt(seriousIllnessIncentives, `${coverageYear}-01-01`).section}）。`);
    }
  }
  const derived = `原封顶线 ${yuan(r.base)} + 提高 ${yuan(r.increase)} − 降低 ${yuan(r.decrease)}`;
  return { cap, text: `${coverageYear} 年度最高赔付限额 ${yuan(cap)}（${derived}，${citationText({ doc: DOC, section: sections })}）` };
}

/** The last note built, by year and cap: every estimate of a year without history carries the same one. */
let lastBaseCapNote = { key: '', text: '' };

/** The base cap was used: what it is, and the history that would move it (九问、十问（一）), in the parameters' figures. */
function baseCapNote(date: string, base: Amount): string {
  const key = `${yearOf(date)}|${base.toFixed(2)}`;
  if (lastBaseCapNote.key !== key) lastBaseCapNote = { key, text: buildBaseCapNote(date, base) };
  return lastBaseCapNote.text;
}

function buildBaseCapNote(date: string, base: Amount): string {
  const jan1 = `${yearOf(date)}-01-01`;
  const inc = valueAt(seriousIllnessIncentives, jan1).value;
  const pen = valueAt(seriousIllnessBreakPenalty, jan1).value;
  const pct = (share: string) => `${figure(share).times(100).toString()}%`;
  const section = (p: Parameters<typeof sourceAt>[0]) => sourceAt(p, jan1).section;
  return (
    `大病保险年度最高赔付限额按原封顶线 ${yuan(base)} 计（${section(seriousIllnessCap)}）：未填写此前已参保年度。` +
    `从 ${inc.countFrom} 年起连续参保满 ${inc.continuityAfterYears} 年后每再连续参保 1 年提高 ${yuan(inc.continuityPerYear)}，` +
    `上一年度基金零报销的次年提高 ${yuan(inc.zeroClaimBonus)}，累计提高不超过原封顶线的 ${pct(inc.maxIncreaseShare)}（${section(seriousIllnessIncentives)}）；` +
    `每断保 1 年降低 ${yuan(pen.perYear)}，累计降低不超过原封顶线的 ${pct(pen.maxDecreaseShare)}（${section(seriousIllnessBreakPenalty)}）。` +
    '填写此前已参保年度和基金零报销年度即按实际限额计算。'
  );
}
