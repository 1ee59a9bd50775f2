/**
 * The 转发 path carries the estimate case (model/share-path.ts): what the recipient's phone decodes is the case that
 * was estimated, key for key, so the reopened result equals the original to the fen; a damaged link reads as
 * nothing, never as a different case. The card (model/share-card.ts) says the result's own figures.
 */
import { compactCase, decodeShareCase, encodeShareCase, RESULT_PAGE, SHARE_PARAM, SHARE_PATH_MAX, sharePath } from '../../miniprogram/packages/estimate/model/share-path';
import { shareCardOf, shareTitle } from '../../miniprogram/packages/estimate/model/share-card';
import { layoutCard } from '../../miniprogram/packages/estimate/pages/result/components/share-card/layout';
import { describeVisit } from '../../miniprogram/packages/estimate/model/visit';
import { yuan } from '../../shared/money';
import { estimate } from '../../shared/estimate';
import { estimateCaseSchema } from '../../shared/schemas/estimate';
import { ALL_ROWS, answerOf, caseOf } from '../estimate/runner';

const ACCEPTED = ALL_ROWS.map((row) => ({ row, input: caseOf(row) })).filter(({ input }) => answerOf(input).ok);

describe('the share path round trip', () => {
  test('there are estimate rows of every kind to share', () => {
    expect(ACCEPTED.length).toBeGreaterThan(20);
  });

  test.each(ACCEPTED.map(({ row, input }) => [row.id, input] as const))('%s: decoded case and result equal the original', (_id, input) => {
    const value = encodeShareCase(input);
    expect(value).not.toBeNull();
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    const path = sharePath(input);
    expect(path).toBe(`${RESULT_PAGE}?${SHARE_PARAM}=${value}`);
    expect(path.length).toBeLessThanOrEqual(SHARE_PATH_MAX);
    const decoded = decodeShareCase(value);
    expect(decoded).toEqual(JSON.parse(JSON.stringify(compactCase(input))));
    // To the fen: every amount of the reopened result is the original's string.
    expect(estimate(decoded)).toEqual(estimate(input));
  });

  test('the longest cases fit: a second stay with all 18 year-to-date figures', () => {
    const longest = Math.max(...ACCEPTED.map(({ input }) => sharePath(input).length));
    expect(longest).toBeLessThanOrEqual(SHARE_PATH_MAX);
    expect(ACCEPTED.every(({ input }) => sharePath(input) !== RESULT_PAGE)).toBe(true);
  });

  test('non-ASCII text survives (escaped, not dropped)', () => {
    const input = { region: '测试', visit: { note: '住院 · 医保' } };
    expect(decodeShareCase(encodeShareCase(input))).toEqual(input);
  });

  test('a case too long for the path is not put in it; the path is the result page alone', () => {
    const input = { region: 'x'.repeat(SHARE_PATH_MAX) };
    expect(encodeShareCase(input)).toBeNull();
    expect(sharePath(input)).toBe(RESULT_PAGE);
  });

  test.each([
    ['empty', ''],
    ['not text', 42],
    ['a character outside base64url', 'eyJhIjox=='],
    ['a cut value', encodeShareCase({ region: 'bazhong', date: '2026-01-01' })!.slice(0, -5)],
    ['an array', encodeShareCase({ a: 1 })!.replace(/.*/, 'WzFd')],
    ['too long', 'A'.repeat(SHARE_PATH_MAX + 4)],
    ['one character', 'A'],
  ])('a damaged value (%s) reads as nothing', (_name, value) => {
    expect(decodeShareCase(value)).toBeNull();
  });

  test('a decoded case is still only what the schema accepts: an altered amount is refused by the rules', () => {
    const { input } = ACCEPTED[0];
    const altered = JSON.parse(JSON.stringify(input)) as { visit: Record<string, unknown> };
    altered.visit.totalCost = '-1';
    expect(() => estimate(decodeShareCase(encodeShareCase(altered)))).toThrow();
  });
});

describe('the share card', () => {
  test.each(ACCEPTED.slice(0, 12).map(({ row, input }) => [row.id, input] as const))('%s: the card and the title state the result\'s own figures', (_id, input) => {
    const result = estimate(input);
    const visit = describeVisit(estimateCaseSchema.parse(input).visit, result.region);
    const context = { regionName: '某地', visit };
    const card = shareCardOf(result, context);
    expect(card.headline).toBe(yuan(result.personalPay));
    expect(card.fundTotal).toBe(`报销合计 ${yuan(result.fundTotal)}`);
    expect(card.total).toBe(`医疗总费用 ${yuan(result.totalCost)}`);
    expect(card.date).toBe(`结算日期 ${result.date}`);
    expect(card.disclaimer).toBe('仅供参考，以医保结算为准');
    const paying = Object.entries(result.payments).filter(([, v]) => Number(v) > 0);
    expect(card.payers.filter((p) => p.payer !== 'patient').map((p) => p.amount)).toEqual(paying.map(([, v]) => yuan(v)));
    expect(shareTitle(result, context)).toBe(`${visit.title}估算：自己约付 ${yuan(result.personalPay).replace(' 元', '')} 元`);
  });

  test('张三-like title reads as the brief asks', () => {
    const input = ACCEPTED.find(({ input: i }) => (i.visit as { type: string }).type === 'inpatient')!.input;
    const result = estimate(input);
    const visit = describeVisit(estimateCaseSchema.parse(input).visit, result.region);
    expect(shareTitle(result, { regionName: '', visit })).toMatch(/^住院估算：自己约付 [\d,]+\.\d{2} 元$/);
  });

  test('the layouts stay inside the picture; the chat picture is 5:4; elder type is larger', () => {
    const { input } = ACCEPTED[0];
    const result = estimate(input);
    const card = shareCardOf(result, { regionName: '巴中市', visit: describeVisit(estimateCaseSchema.parse(input).visit, result.region) });
    const chat = layoutCard(card, { kind: 'chat' });
    expect(chat.width / chat.height).toBeCloseTo(5 / 4);
    for (const layout of [chat, layoutCard(card, { kind: 'full', elder: false }), layoutCard(card, { kind: 'full', elder: true })]) {
      for (const item of layout.items) {
        expect(item.y).toBeLessThanOrEqual(layout.height);
        expect(item.x).toBeLessThanOrEqual(layout.width);
      }
    }
    const sizes = (elder: boolean) =>
      layoutCard(card, { kind: 'full', elder }).items.flatMap((i) => (i.kind === 'text' ? [i.size] : []));
    expect(Math.min(...sizes(true))).toBeGreaterThanOrEqual(30);
    expect(Math.min(...sizes(true))).toBeGreaterThan(Math.min(...sizes(false)));
  });
});
