/**
 * Text a person typed (issue 11): names, signatures and free text refuse what a screen cannot show — a commitment
 * "signed" with a zero-width space was accepted — and an ID or mobile number typed into free text is masked however
 * it was written (spaced, dashed, full-width, 15 digits, +86). Both run in the mini-program too, so neither may use a
 * regex lookbehind or a `\p{…}` regex literal.
 */
import fs from 'fs';
import path from 'path';
import fc from 'fast-check';
import type { z } from 'zod';
import * as apps from '../../server/applications';
import { maskPersonalNumbers } from '../../shared/mask';
import { maskIdNumbersInText } from '../../shared/idcard';
import { cleanTypedText, INVISIBLE_MESSAGE, listedAsInvisible } from '../../shared/schemas/common';
import {
  claimIdentityRequest,
  cancelFilingRequest,
  createDraftRequest,
  familyMemberRequest,
  parseApplicationRequest,
  staffAcceptRequest,
  staffReasonRequest,
  staffRequest,
  submitRequest,
  withdrawRequest,
} from '../../shared/schemas/application';
import { estimateClaimRequest } from '../../shared/schemas/subsidy-ledger';
import { counts, father, freshContext, idWith, longTermForFather, reimbursementForSelf, rejection } from '../applications/helpers';

const SEED = 0x7e47_0011;

/** One of each kind the issue names: controls, zero-width, bidi, other format characters, private use, unassigned, half a character. */
const INVISIBLE: [string, string][] = [
  ['NUL', '\u0000'],
  ['BEL', '\u0007'],
  ['ESC', '\u001b'],
  ['DEL', '\u007f'],
  ['C1 NEL', '\u0085'],
  ['C1 CSI', '\u009b'],
  ['zero-width space', '\u200b'],
  ['zero-width non-joiner', '\u200c'],
  ['zero-width joiner', '\u200d'],
  ['left-to-right mark', '\u200e'],
  ['right-to-left mark', '\u200f'],
  ['word joiner', '\u2060'],
  ['invisible plus', '\u2064'],
  ['BOM', '\ufeff'],
  ['LRE', '\u202a'],
  ['RLO', '\u202e'],
  ['LRI', '\u2066'],
  ['PDI', '\u2069'],
  ['line separator', '\u2028'],
  ['soft hyphen (Cf)', '\u00ad'],
  ['Arabic letter mark (Cf)', '\u061c'],
  ['Mongolian vowel separator (Cf)', '\u180e'],
  ['tag character (Cf, astral)', '\u{e0041}'],
  ['Hangul filler', '\u3164'],
  ['private use', '\ue000'],
  ['private use, plane 15', '\u{f0001}'],
  ['unassigned', '\u0378'],
  ['unassigned, astral', '\u{2fffd}'],
  ['noncharacter', '\ufdd0'],
  ['lone high surrogate', '\ud800'],
  ['lone low surrogate', '\udc00'],
];

const FAMILY_MEMBER_ID = 'member-0001';
const veteranStay = {
  hospital: '山西省人民医院',
  admissionDate: '2026-09-28',
  dischargeDate: '2026-10-08',
  totalCost: '30000',
  inScopeSelfPay: '12000',
  settlementSheet: 'sealedCopy',
};

/** A valid request of every application schema with text in it, each field a person types filled in. */
const SAMPLES: [string, z.ZodTypeAny, Record<string, unknown>][] = [
  ['submit 异地就医备案 with an agent', submitRequest, { requestId: 'req-text-0001', content: longTermForFather(), commitment: { accepted: true, signerName: '张小红' } }],
  ['submit 手工报销', submitRequest, { requestId: 'req-text-0002', content: reimbursementForSelf(), commitment: { accepted: true, signerName: father.name } }],
  [
    'submit 优抚 claim',
    submitRequest,
    { requestId: 'req-text-0003', content: { type: 'veteranSubsidy', principal: father, veteranSubsidy: veteranStay }, commitment: { accepted: true, signerName: father.name } },
  ],
  ['draft', createDraftRequest, { content: longTermForFather() }],
  ['withdraw', withdrawRequest, { id: 'app-1', reason: '不需要了' }],
  ['cancel a filing', cancelFilingRequest, { id: 'app-1', reason: '已回参保地居住' }],
  ['staff', staffRequest, { id: 'app-1', staff: '王经办' }],
  ['staff accept', staffAcceptRequest, { id: 'app-1', staff: '王经办', amount: '100', confirmDuplicate: '两次住院，结算单不同' }],
  ['staff return', staffReasonRequest, { id: 'app-1', staff: '王经办', reason: '结算单不清楚' }],
  ['family member', familyMemberRequest, { name: '张大山', relation: 'parent', idNumber: father.idNumber, phone: father.phone }],
  ['claim identity', claimIdentityRequest, { name: '张大山', idNumber: father.idNumber }],
  ['estimate a claim', estimateClaimRequest, { familyMemberId: FAMILY_MEMBER_ID, veteranSubsidy: veteranStay }],
];

/** The fields that are a name or free text: they say exactly what is wrong. */
const TEXT_FIELDS = new Set(['name', 'signerName', 'province', 'city', 'residenceAddress', 'hospital', 'reason', 'staff', 'confirmDuplicate']);

function stringLeaves(v: unknown, at: string[] = []): string[][] {
  if (typeof v === 'string') return [at];
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => stringLeaves(x, [...at, k]));
  return [];
}

function withLeaf(v: unknown, at: string[], value: (old: string) => string): unknown {
  if (at.length === 0) return value(v as string);
  const [head, ...rest] = at;
  return { ...(v as Record<string, unknown>), [head]: withLeaf((v as Record<string, unknown>)[head], rest, value) };
}

const insertAt1 = (bad: string) => (old: string) => old.slice(0, 1) + bad + old.slice(1);

function refusal(schema: z.ZodTypeAny, input: unknown): { message: string; field?: string } | null {
  try {
    parseApplicationRequest(schema, input);
    return null;
  } catch (e) {
    return e as { message: string; field?: string };
  }
}

describe('names and free text refuse what cannot be seen', () => {
  test.each(SAMPLES)('%s: valid as it is', (_what, schema, request) => {
    expect(refusal(schema, request)).toBeNull();
  });

  test.each(SAMPLES)('%s: every text leaf refuses every invisible or control character, in Chinese, naming the field', (_what, schema, request) => {
    const leaves = stringLeaves(request);
    const textLeaves = leaves.filter((p) => TEXT_FIELDS.has(p[p.length - 1]));
    expect(textLeaves.length).toBeGreaterThan(0);
    const accepted: string[] = [];
    for (const leaf of leaves) {
      for (const [what, bad] of INVISIBLE) {
        const r = refusal(schema, withLeaf(request, leaf, insertAt1(bad)));
        if (!r) accepted.push(`${leaf.join('.')} + ${what}`);
        else if (TEXT_FIELDS.has(leaf[leaf.length - 1])) {
          expect({ leaf: leaf.join('.'), what, message: r.message }).toEqual({ leaf: leaf.join('.'), what, message: expect.stringMatching(`：${INVISIBLE_MESSAGE}$`) });
        }
      }
    }
    expect(accepted).toEqual([]);
  });

  test('the message names the box: 签名, 参保人姓名, 经办人', () => {
    const [, schema, request] = SAMPLES[0];
    expect(refusal(schema, withLeaf(request, ['commitment', 'signerName'], () => '\u200b'))).toMatchObject({
      message: `签名：${INVISIBLE_MESSAGE}`,
      field: 'commitment.signerName',
    });
    expect(refusal(schema, withLeaf(request, ['content', 'principal', 'name'], () => '张\u202e山大'))).toMatchObject({ message: `参保人姓名：${INVISIBLE_MESSAGE}` });
    expect(refusal(staffRequest, { id: 'a', staff: '王\u0000经办' })).toMatchObject({ message: `经办人：${INVISIBLE_MESSAGE}` });
  });

  test('one line for names, places and hospitals; a reason may have lines and tabs (\\r\\n kept as \\n)', () => {
    expect(refusal(staffRequest, { id: 'a', staff: '王\n经办' })).toMatchObject({ message: '经办人：不能换行，请写在一行内' });
    const [, submit, request] = SAMPLES[1];
    expect(refusal(submit, withLeaf(request, ['content', 'manualReimbursement', 'hospital'], () => '太原市\n某医院'))).toMatchObject({
      message: '医疗机构名称：不能换行，请写在一行内',
    });
    expect(refusal(staffRequest, { id: 'a', staff: '王\t经办' })).toMatchObject({ message: `经办人：${INVISIBLE_MESSAGE}` });
    expect(parseApplicationRequest(staffReasonRequest, { id: 'a', staff: '王经办', reason: '一、结算单不清楚\r\n二、\t缺印章\n' }).reason).toBe('一、结算单不清楚\n二、\t缺印章');
    // A line break at either end is only trimmed, as a pasted name often carries one.
    expect(parseApplicationRequest(staffRequest, { id: 'a', staff: '\n 王经办 \r\n' }).staff).toBe('王经办');
  });

  test('trimmed, NFC, at least one visible character, length in characters (a rare character counts once)', () => {
    const name = (value: string) => cleanTypedText(value, { max: 30, name: true });
    expect(name('  张大山\u3000')).toEqual({ value: '张大山' });
    expect(name('Zoe\u0301')).toEqual({ value: 'Zo\u00e9' }); // e + combining acute → é
    expect(name('\u3000 \u00a0')).toEqual({ problem: '不能为空' });
    expect(name('\u2800')).toEqual({ problem: '须包含看得见的文字，请重新输入' });
    expect(name('\u0301\u0302')).toEqual({ problem: '须包含看得见的文字，请重新输入' });
    expect(name('买买提·艾力')).toEqual({ value: '买买提·艾力' });
    expect(name('𠀀'.repeat(30))).toEqual({ value: '𠀀'.repeat(30) }); // CJK Ext B: 60 UTF-16 units, 30 characters
    expect(name('𠀀'.repeat(31))).toEqual({ problem: '太长了（最多 30 个字）' });
    // Variation selectors: an emoji's presentation in a reason, never part of a name.
    expect(cleanTypedText('谢谢\u2764\ufe0f', { max: 200, multiline: true })).toEqual({ value: '谢谢\u2764\ufe0f' });
    expect(name('张\ufe0f大山')).toEqual({ problem: INVISIBLE_MESSAGE });
  });

  test('the code-point lists alone (an old engine without \\p{…}) refuse every control, format, private-use and surrogate code point of Unicode', () => {
    // The lists are what an old engine checks: they alone must cover every Cc, Cf, Co and Cs code point.
    const categories = new RegExp('^[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}]$', 'u');
    const missed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp === 0x0a || cp === 0x0d) continue; // line breaks: refused in one-line text by their own rule
      if (categories.test(String.fromCodePoint(cp)) && !listedAsInvisible(cp, false)) missed.push(cp.toString(16));
      if (missed.length > 10) break;
    }
    expect(missed).toEqual([]);
  });
});

describe('a commitment signed with an invisible character is refused before anything is written', () => {
  test('self-filed 手工报销: principal and signer "\\u200b"', async () => {
    const ctx = freshContext();
    try {
      const before = await counts(ctx);
      const content = { ...reimbursementForSelf(), principal: { ...father, name: '\u200b' } };
      const r = await rejection(apps.submit(ctx, { openid: 'o-zw' }, { requestId: 'req-zw-00001', content, commitment: { accepted: true, signerName: '\u200b' } }));
      expect(r).toMatchObject({ code: 'INVALID_INPUT', message: `参保人姓名：${INVISIBLE_MESSAGE}`, field: 'content.principal.name' });
      const signedOnly = await rejection(
        apps.submit(ctx, { openid: 'o-zw' }, { requestId: 'req-zw-00002', content: reimbursementForSelf(), commitment: { accepted: true, signerName: `${father.name}\u200b` } }),
      );
      expect(signedOnly).toMatchObject({ code: 'INVALID_INPUT', message: `签名：${INVISIBLE_MESSAGE}`, field: 'commitment.signerName' });
      expect(await counts(ctx)).toEqual(before);
    } finally {
      await ctx.cleanup();
    }
  });
});

/* ------------------------------------------------------------------ masking ------------------------------------------------------------------ */

const FULL_WIDTH = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0x30 + 0xff10)).replace(/X/g, '\uff38');
const SEPARATORS = [' ', '-', '－', '\u3000', '\u00a0', ' - ', '—', '\t', '  '];
/** Words around a number; none ends or starts with a digit, a separator or an X, so the number's edges are its own. */
const WORDS = ['请核对', '的户口簿', '电话', '联系人张大山', '身份证号：', '，谢谢。', '地址：深圳市南山区', 'abc', '（', '）', '金额 4500.00 元，', '住院 2026-10-08，'];

/** A number as a person may type it: split into groups, joined by separators, maybe in full-width digits. */
function typed(digits: string, prefix: fc.Arbitrary<string> = fc.constant('')): fc.Arbitrary<string> {
  return fc
    .record({
      cuts: fc.uniqueArray(fc.integer({ min: 1, max: digits.length - 1 }), { maxLength: 4 }),
      seps: fc.array(fc.constantFrom(...SEPARATORS), { minLength: 4, maxLength: 4 }),
      wide: fc.boolean(),
      lowerX: fc.boolean(),
      prefix,
    })
    .map(({ cuts, seps, wide, lowerX, prefix: p }) => {
      const sorted = [...cuts].sort((a, b) => a - b);
      let out = '';
      let from = 0;
      sorted.forEach((cut, i) => {
        out += digits.slice(from, cut) + seps[i];
        from = cut;
      });
      out += digits.slice(from);
      if (lowerX) out = out.replace('X', 'x');
      return p + (wide ? FULL_WIDTH(out) : out);
    });
}

const digitsOf = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
const birth = fc.date({ min: new Date('1920-01-01T00:00:00Z'), max: new Date('2020-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10).replace(/-/g, ''));
const address = fc.tuple(fc.integer({ min: 11, max: 65 }), digitsOf(4)).map(([p, rest]) => `${p}${rest}`);

type Planted = { digits: string; masked: string; text: fc.Arbitrary<string> };
const id18: fc.Arbitrary<Planted> = fc.tuple(address, birth, digitsOf(3)).chain(([a, b, s]) => {
  const id = idWith(a + b + s);
  return fc.constant({ digits: id, masked: `${id.slice(0, 6)}********${id.slice(14)}`, text: typed(id) });
});
const id15: fc.Arbitrary<Planted> = fc.tuple(address, birth, digitsOf(3)).map(([a, b, s]) => {
  const id = a + b.slice(2) + s;
  return { digits: id, masked: `${id.slice(0, 6)}*****${id.slice(11)}`, text: typed(id) };
});
const mobile: fc.Arbitrary<Planted> = fc.tuple(fc.integer({ min: 3, max: 9 }), digitsOf(9)).map(([second, rest]) => {
  const m = `1${second}${rest}`;
  return { digits: m, masked: `${m.slice(0, 3)}****${m.slice(7)}`, text: typed(m, fc.constantFrom('', '+86', '+86 ', '86-', '86', '0086 ', '(+86)', '＋８６ ', '+86-')) };
});

/** What a reader could still recognise: full-width folded, every separator and space dropped, X in capitals. */
const recognisable = (s: string) => s.normalize('NFKC').replace(/[\s\-‐-―−﹣－]/g, '').toUpperCase();

describe('maskPersonalNumbers: however a number is typed, it does not survive', () => {
  test('the forms the issue names', () => {
    expect(maskPersonalNumbers('110105 19491231 002X')).toBe('110105 ******** 002X');
    expect(maskPersonalNumbers('１１０１０５１９４９１２３１００２Ｘ')).toBe('１１０１０５********００２Ｘ');
    expect(maskPersonalNumbers('110105-19491231-002X')).toBe('110105-********-002X');
    expect(maskPersonalNumbers('旧身份证 110105491231002 已换发')).toBe('旧身份证 110105*****1002 已换发');
    expect(maskPersonalNumbers('+86 138 0000 5678')).toBe('+86 138 **** 5678');
    expect(maskPersonalNumbers('+8613800005678')).toBe('+86138****5678');
    expect(maskPersonalNumbers('86-13800005678')).toBe('86-138****5678');
    expect(maskPersonalNumbers('138-0000-5678')).toBe('138-****-5678');
    expect(maskPersonalNumbers('请核对 11010519491231002X 的户口簿，电话 13800005678')).toBe('请核对 110105********002X 的户口簿，电话 138****5678');
    // A stray digit before an ID number does not shift the reading: the check character picks the right 18.
    expect(maskPersonalNumbers('第1 110105 19491231 002X')).toBe('第1 110105 ******** 002X');
  });

  test('what is not such a number is left alone: amounts, dates, a landline, a 10-digit number, a list of figures', () => {
    const text = '金额 4,500.00 元，2026-10-08 出院，电话 0351-4957436，单号 1234567890，分项 100 200 300 400 500 600';
    expect(maskPersonalNumbers(text)).toBe(text);
  });

  test('maskIdNumbersInText (staff notes, import reports) masks every ID form and leaves mobiles', () => {
    expect(maskIdNumbersInText('110105 19491231 002X，138 0000 5678')).toBe('110105 ******** 002X，138 0000 5678');
    expect(maskIdNumbersInText('0086 138 0000 5678')).toBe('0086 138 0000 5678'); // 15 digits, but a phone, not an ID
  });

  test('property: random separators, widths and prefixes in random text — no 15- or 18-digit ID and no mobile survives, each masked the standard way', () => {
    const planted = fc.array(fc.oneof(id18, id15, mobile), { minLength: 1, maxLength: 3 });
    const scene = planted.chain((numbers) =>
      fc.tuple(
        fc.constant(numbers),
        fc.tuple(...numbers.map((n) => n.text)),
        fc.array(fc.constantFrom(...WORDS), { minLength: numbers.length + 1, maxLength: numbers.length + 1 }),
      ),
    );
    fc.assert(
      fc.property(scene, ([numbers, texts, words]) => {
        const text = words.map((w, i) => w + (texts[i] ?? '')).join('');
        const out = maskPersonalNumbers(text);
        expect(out.length).toBe(text.length); // masked in place: nothing else moves
        const seen = recognisable(out);
        for (const n of numbers) {
          expect({ text, out, leaked: seen.includes(n.digits) }).toEqual({ text, out, leaked: false });
          expect({ text, out, masked: seen.includes(n.masked) }).toEqual({ text, out, masked: true });
        }
        // The words around the numbers are untouched.
        expect(out.replace(/[*0-9０-９]/g, '')).toBe(text.replace(/[*0-9０-９]/g, ''));
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  test('hostile input — 100 KB of one-digit groups and separators — is read through, and the ID at its end still masked', () => {
    const hostile = `${'1 - '.repeat(25_000)}，${'１ '.repeat(5_000)}，110105 19491231 002X`;
    const out = maskPersonalNumbers(hostile);
    expect(out.endsWith('，110105 ******** 002X')).toBe(true);
    expect(out.length).toBe(hostile.length);
  });
});

describe('runs on old mini-program engines', () => {
  const SHARED = path.join(__dirname, '../../shared');
  const sources = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));

  test('no regex lookbehind and no \\p{…} regex literal anywhere in shared/', () => {
    const offending = sources(SHARED).filter((f) => {
      const src = fs.readFileSync(f, 'utf8');
      return /\(\?<[=!]/.test(src) || /\/[^/\n]*\\p\{[^/\n]*\/[a-z]*u/.test(src);
    });
    expect(offending).toEqual([]);
  });
});
