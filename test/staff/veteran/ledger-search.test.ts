/**
 * The ledger's search (server/staff/veteran/ledger.ts searchLedger): a veteran found by name — exact or its
 * beginning — or by ID number through the lookup hash, within the staff member's scope, paged with the total; the
 * hit's ref opens the ledger. From the attacker's side: another township's or region's veteran is not found.
 */
import { LI, QIAN, WANG, ZHAO } from '../../veteran/ledger-helpers';
import { BAZHONG, BEILIU, COUNTY, FENGCHENG, RoundCtx, call, county, refusal, roundContext } from './round-world';

let ctx: RoundCtx;
beforeEach(async () => {
  ctx = roundContext();
  await county(ctx);
});
afterEach(() => ctx.cleanup());

const search = (actor: typeof COUNTY, q: string, more = '') => call(ctx, actor, 'GET', `/veteran/ledger/search?q=${encodeURIComponent(q)}${more}`);

test('by name or its beginning, within the county; each hit masked, with its township; paged with the total', async () => {
  const all = await search(COUNTY, '李');
  expect(all).toEqual({
    items: [{ ref: ctx.cipher.hash(LI.idNumber), name: LI.name, idNumberMasked: `${LI.idNumber.slice(0, 6)}********${LI.idNumber.slice(14)}`, category: '在乡复员军人', county: '阳城县', township: '凤城镇', rosterYear: 2026 }],
    total: 1,
    nextCursor: null,
  });
  expect((await search(COUNTY, '王战')).items.map((h: any) => h.name)).toEqual([WANG.name]);
  // Paged: a one-character name that several share is walked page by page, each once.
  const names: string[] = [];
  for (const q of ['李', '赵', '王', '钱']) names.push(...(await search(COUNTY, q)).items.map((h: any) => h.name));
  expect(names).toEqual([LI.name, ZHAO.name, WANG.name, QIAN.name]);
  const first = await call(ctx, COUNTY, 'GET', `/veteran/ledger/search?q=${encodeURIComponent('赵')}&limit=1`);
  expect(first).toMatchObject({ total: 1, nextCursor: null });
  expect(JSON.stringify(all)).not.toContain(LI.idNumber);
});

test('by ID number through the lookup hash; the hit opens the ledger by its ref', async () => {
  const hit = await search(COUNTY, WANG.idNumber);
  expect(hit.items.map((h: any) => h.name)).toEqual([WANG.name]);
  const ledger = await call(ctx, COUNTY, 'GET', `/veteran/ledger?person=${hit.items[0].ref}&year=2026`);
  expect(ledger.person).toMatchObject({ name: WANG.name, idNumber: `${WANG.idNumber.slice(0, 6)}********${WANG.idNumber.slice(14)}`, township: '凤城镇' });
});

test('from the attacker side: another township, another region, a guessed ref — nothing found; bad queries named', async () => {
  // 北留镇's station finds its own, never 凤城镇's, by name, by number or by a ref it learned elsewhere.
  expect((await search(BEILIU, '赵')).items.map((h: any) => h.name)).toEqual([ZHAO.name]);
  expect(await search(BEILIU, '李')).toEqual({ items: [], total: 0, nextCursor: null });
  expect(await search(BEILIU, LI.idNumber)).toEqual({ items: [], total: 0, nextCursor: null });
  expect(await refusal(call(ctx, BEILIU, 'GET', `/veteran/ledger?person=${ctx.cipher.hash(LI.idNumber)}`))).toMatchObject({ code: 'NOT_FOUND' });
  expect(await refusal(call(ctx, COUNTY, 'GET', `/veteran/ledger?person=${'0'.repeat(64)}`))).toMatchObject({ code: 'NOT_FOUND' });
  expect(await refusal(call(ctx, COUNTY, 'GET', '/veteran/ledger?person=../x'))).toMatchObject({ code: 'NOT_FOUND' });
  // 凤城镇's station: its two.
  expect((await search(FENGCHENG, LI.name)).total).toBe(1);
  expect((await search(FENGCHENG, '钱')).total).toBe(0);
  // Another region has no veteran program here: refused, not searched.
  expect(await refusal(search(BAZHONG, '李'))).toMatchObject({ code: 'FORBIDDEN' });
  for (const q of ['', 'li', '李%', "李' OR 1=1", '1234']) expect(await refusal(search(COUNTY, q))).toMatchObject({ code: 'INVALID_INPUT', field: 'q' });
  expect(await refusal(search(COUNTY, '李', '&limit=500'))).toMatchObject({ field: 'limit' });
});
