/**
 * Hostile requests: valid requests for every function and action, then mutated — wrong types, huge numbers,
 * negative amounts, malformed dates and ID numbers, unknown fields, very long strings, deeply nested objects,
 * prototype-pollution keys — plus plain garbage. A request is a tree that may hold references to records the
 * caller owns (resolved when it is sent) and markers for values too big to build eagerly.
 */
import fc from 'fast-check';
import { checkCharacter } from '../../shared/idcard';
import { CLOSE_RELATIVE_IDS } from '../../shared/filing/relations';
import { REMOTE_FILING_KINDS, isLongTerm } from '../../shared/applications/remote-filing/kinds';
import { applicationTypeIds, materialItems } from '../../shared/applications/registry';
import { todayInChina } from '../../shared/dates';
import { DAUGHTER_ID, FATHER_ID, STRANGER_ID } from '../applications/helpers';
import { estimateCase, feeDiscountCase, subsidyCase, waitingCase, yuanOf } from './cases';
import { jpegOf, pngOf } from './images';

// ---------------------------------------------------------------------------------------------- the request tree

/** A record the caller owns, picked from the pool when the request is sent (an id the generator cannot know). */
export class Ref {
  constructor(readonly kind: RefKind, readonly n: number) {}
  toJSON() {
    return `<${this.kind}#${this.n}>`;
  }
}
export type RefKind = 'app' | 'draft' | 'draft:remoteFiling' | 'draft:manualReimbursement' | 'member';

/** A value nested `depth` levels deep, written straight into the JSON text (building it would overflow stacks). */
export class Deep {
  constructor(readonly depth: number, readonly array: boolean) {}
  toJSON() {
    return `<deep ${this.depth}>`;
  }
}

export type Tree = unknown;

/** Ids the caller owns, harvested from successful answers. */
export class Pool {
  readonly ids: Record<RefKind, string[]> = { app: [], draft: [], 'draft:remoteFiling': [], 'draft:manualReimbursement': [], member: [] };

  pick(kind: RefKind, n: number): string {
    const list = this.ids[kind];
    return list.length ? list[n % list.length] : `0000000000000${String(n).padStart(4, '0')}deadbeef`;
  }

  /** Learns from an answer: application views (id, type, status) and family members (id, relation). */
  harvest(data: unknown): void {
    if (!data || typeof data !== 'object') return;
    const d = data as Record<string, unknown>;
    if (typeof d.id !== 'string') return;
    const add = (k: RefKind) => {
      if (!this.ids[k].includes(d.id as string)) this.ids[k].push(d.id as string);
      if (this.ids[k].length > 60) this.ids[k].shift();
    };
    if (typeof d.status === 'string' && typeof d.type === 'string') {
      add('app');
      if (d.status === 'draft' || d.status === 'returned') {
        add('draft');
        if (d.type === 'remoteFiling' || d.type === 'manualReimbursement') add(`draft:${d.type}`);
      }
    } else if (typeof d.relation === 'string') {
      add('member');
    }
  }
}

const DEEP_MARK = '\u0000deep:';

/** The JSON text of a tree: references resolved, every key an own property (even "__proto__"), deep values inlined. */
export function toJsonText(tree: Tree, pool: Pool): string {
  const resolve = (v: unknown): unknown => {
    if (v instanceof Ref) return pool.pick(v.kind, v.n);
    if (v instanceof Deep) return `${DEEP_MARK}${v.depth}:${v.array ? 'a' : 'o'}`;
    if (Array.isArray(v)) return v.map(resolve);
    if (v && typeof v === 'object') {
      const out = {};
      for (const k of Object.keys(v)) Object.defineProperty(out, k, { value: resolve((v as Record<string, unknown>)[k]), enumerable: true, writable: true, configurable: true });
      return out;
    }
    return v;
  };
  const text = JSON.stringify(resolve(tree)) ?? 'null';
  return text.replace(/"\\u0000deep:(\d+):([ao])"/g, (_m, depth: string, kind: string) => {
    const n = Number(depth);
    return kind === 'a' ? `${'['.repeat(n)}1${']'.repeat(n)}` : `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
  });
}

// ------------------------------------------------------------------------------------------------ valid values

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** A valid citizen ID number: a real address prefix, a birth date between 1930 and 2015, a check character. */
export const idNumber = fc
  .tuple(fc.constantFrom('110105', '511902', '140521', '450103', '510107'), fc.integer({ min: 0, max: 31_000 }), digits(3))
  .map(([area, days, seq]) => {
    const birth = new Date(Date.UTC(1930, 0, 1 + days)).toISOString().slice(0, 10).replace(/-/g, '');
    const first17 = `${area}${birth}${seq}`;
    return first17 + checkCharacter(first17);
  });

export const mobile = fc.tuple(fc.constantFrom('3', '5', '7', '8', '9'), digits(9)).map(([d, rest]) => `1${d}${rest}`);
export const personName = fc.constantFrom('张大山', '李秀英', '王小明', '赵六', '欧阳娜娜', '阿卜杜热合曼·买买提', '刘 一');
const province = fc.constantFrom(['广东省', '深圳市'], ['海南省', '三亚市'], ['北京市', '北京市'], ['四川省', '成都市']);
const requestId = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'), minLength: 8, maxLength: 40 });

const person = fc.record({ name: personName, idNumber, phone: mobile });
const agent = fc.record({ name: personName, idNumber, phone: mobile, relation: fc.constantFrom(...CLOSE_RELATIVE_IDS) });

const pastDay = fc.integer({ min: 1, max: 900 }).map((back) => {
  const d = new Date(`${todayInChina()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
});

const remoteFiling = fc
  .record({ kind: fc.constantFrom(...REMOTE_FILING_KINDS), scheme: fc.constantFrom('employee', 'resident'), place: province, address: fc.constantFrom('深圳市南山区某街道 1 号', '三亚市吉阳区 2 栋') })
  .map(({ kind, scheme, place, address }) => ({
    kind,
    scheme,
    destination: { province: place[0], city: place[1] },
    ...(isLongTerm(kind) ? { residenceAddress: address } : {}),
  }));

/** 收款账户: the insured person's own card, typed in one piece or in groups. */
const payee = fc.record({ bank: fc.constantFrom('中国工商银行太原迎泽支行', '中国农业银行'), account: fc.constantFrom('6222021234567894', '6217 0012 3456 7893', '6228480012345671') });

const reimbursement = fc.record({ hospital: fc.constantFrom('太原市某医院', '成都市第一人民医院'), a: pastDay, b: pastDay, fen: fc.integer({ min: 0, max: 50_000_000 }), payee }).map(({ hospital, a, b, fen, payee: p }) => ({
  hospital,
  admissionDate: a < b ? a : b,
  dischargeDate: a < b ? b : a,
  amount: yuanOf(fen),
  payee: p,
}));

/** A complete application, ready to submit, and the name that must sign it. */
export const fullContent = fc
  .record({ type: fc.constantFrom('remoteFiling', 'manualReimbursement'), principal: person, agent: fc.option(agent, { nil: undefined, freq: 3 }), remoteFiling, reimbursement })
  .map(({ type, principal, agent: a, remoteFiling: rf, reimbursement: mr }) => ({
    type,
    principal,
    ...(a ? { agent: a } : {}),
    ...(type === 'remoteFiling' ? { remoteFiling: rf } : { manualReimbursement: mr }),
  }));

function partial<T extends Record<string, unknown>>(arb: fc.Arbitrary<T>): fc.Arbitrary<Partial<T>> {
  return fc.tuple(arb, fc.array(fc.boolean(), { minLength: 8, maxLength: 8 })).map(([v, keep]) => Object.fromEntries(Object.entries(v).filter((_, i) => keep[i % 8])) as Partial<T>);
}

/** Details we can fill for a type; a type added later still gets drafts with its people (and mutations). */
const DETAILS: Record<string, Record<string, fc.Arbitrary<unknown>>> = {
  remoteFiling: { remoteFiling: partial(remoteFiling) },
  manualReimbursement: { manualReimbursement: partial(reimbursement) },
};

const draftContent = (type: string) =>
  fc.record({ type: fc.constant(type), principal: partial(person), agent: partial(agent), ...(DETAILS[type] ?? {}) }, { requiredKeys: ['type'] }) as fc.Arbitrary<
    Record<string, unknown>
  >;
const anyDraftContent = fc.constantFrom(...applicationTypeIds()).chain(draftContent);

// Real pictures: uploads are decoded and re-encoded, so magic bytes alone are refused (and would never reach storage).
const TINY_JPEG = jpegOf(8, 8).toString('base64');
const TINY_PNG = pngOf(4, 4).toString('base64');

/** Valid payloads (without `action`) for each action of the store functions. */
export const ACTION_PAYLOADS: Record<string, Record<string, fc.Arbitrary<Record<string, unknown>>>> = {
  applications: {
    createDraft: fc.record({ content: anyDraftContent, principalFamilyMemberId: fc.nat().map((n) => new Ref('member', n)) }, { requiredKeys: ['content'] }),
    updateDraft: fc
      .constantFrom('remoteFiling' as const, 'manualReimbursement' as const)
      .chain((type) => fc.record({ id: fc.nat().map((n) => new Ref(`draft:${type}`, n)), content: draftContent(type) })),
    submit: fc.oneof(
      { weight: 4, arbitrary: fc.record({ requestId, content: fullContent }).map(({ requestId: r, content }) => ({ requestId: r, content, commitment: { accepted: true, signerName: (content.agent ?? content.principal).name } })) },
      { weight: 1, arbitrary: fc.record({ requestId, id: fc.nat().map((n) => new Ref('draft', n)), signerName: personName }).map(({ signerName, ...r }) => ({ ...r, commitment: { accepted: true, signerName } })) },
    ),
    withdraw: fc.record({ id: fc.nat().map((n) => new Ref('app', n)), reason: fc.constantFrom('不需要了', '填错了') }, { requiredKeys: ['id'] }),
    cancelFiling: fc.record({ id: fc.nat().map((n) => new Ref('app', n)), reason: fc.constantFrom('已回本地居住', '不需要了') }, { requiredKeys: ['id'] }),
    changeFiling: fc.record({ id: fc.nat().map((n) => new Ref('app', n)) }),
    listMine: fc.constant({}),
    getOne: fc.record({ id: fc.nat().map((n) => new Ref('app', n)) }),
    uploadMaterial: fc.record({
      applicationId: fc.nat().map((n) => new Ref('draft', n)),
      item: fc.constantFrom(...(Object.keys(materialItems()))),
      contentBase64: fc.constantFrom(TINY_JPEG, TINY_PNG),
    }),
    // Issue 12's file route: a ticket for one's own draft, and attaching a file by id — a ticket path nobody was
    // issued, so the attach is refused as another's upload would be (server/applications/attach.ts).
    uploadTicket: fc.record({
      applicationId: fc.nat().map((n) => new Ref('draft', n)),
      item: fc.constantFrom(...(Object.keys(materialItems()))),
    }),
    attachMaterial: fc.record({
      applicationId: fc.nat().map((n) => new Ref('draft', n)),
      item: fc.constantFrom(...(Object.keys(materialItems()))),
      fileId: fc.nat().map((n) => `local://yibao/uploads/${n.toString(36)}upload0000.upload`),
      requestId,
    }),
  },
  family: {
    list: fc.constant({}),
    save: fc.record({ name: personName, relation: fc.constantFrom(...CLOSE_RELATIVE_IDS), idNumber, phone: mobile }, { requiredKeys: ['name', 'relation', 'idNumber'] }),
    delete: fc.record({ id: fc.nat().map((n) => new Ref('member', n)) }),
    claimIdentity: fc.record({ name: personName, idNumber }),
    declareSelf: fc.record({ name: personName, idNumber }),
    identity: fc.constant({}),
    // A roster code nobody issued: the attempt is counted and answered VERIFY_FAILED (server/identity/service.ts).
    verifyWithCode: fc.record(
      { name: personName, idNumber, code: digits(8), familyMemberId: fc.nat().map((n) => new Ref('member', n)) },
      { requiredKeys: ['name', 'idNumber', 'code'] },
    ),
  },
  // 优抚医疗补助: the rules actions take a claim as it is; the ledger ones read a saved family member's (or one's own).
  subsidy: {
    estimate: subsidyCase,
    feeDiscounts: feeDiscountCase,
    status: fc.record({ familyMemberId: fc.nat().map((n) => new Ref('member', n)), year: fc.integer({ min: 2024, max: Number(todayInChina().slice(0, 4)) }) }, { requiredKeys: [] }),
  },
  // 消息 (server/notifications): the in-app list, marking read (an id of the store's own shape), the subscription answer.
  messages: {
    list: fc.record({ limit: fc.integer({ min: 1, max: 100 }), unread: fc.boolean() }, { requiredKeys: [] }),
    unread: fc.constant({}),
    markRead: fc.nat().map((n) => ({ id: `${n.toString(16).padStart(8, '0')}deadbeefdeadbeefdeadbeef` })),
    subscribe: fc.record({ results: fc.dictionary(fc.constantFrom('TPL-A', 'TPL-B'), fc.constantFrom('accept', 'reject', 'ban', 'filter')) }),
  },
};

/** Valid requests of the compute functions. */
export const COMPUTE_REQUESTS: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
  estimate: estimateCase(),
  waiting: waitingCase,
};

/** Every valid payload we know how to make: the corpus tried on functions and actions that have no generator yet. */
export function corpus(seed: number): Record<string, unknown>[] {
  const all = [...Object.values(COMPUTE_REQUESTS), ...Object.values(ACTION_PAYLOADS).flatMap((a) => Object.values(a))];
  return all.flatMap((arb) => fc.sample(arb as fc.Arbitrary<Record<string, unknown>>, { numRuns: 8, seed }));
}

// ---------------------------------------------------------------------------------------------- hostile values

const LONG = {
  ascii: 'A'.repeat(100_000),
  chinese: '医'.repeat(50_000),
  digits: '9'.repeat(5_000),
  kilobyte: 'x'.repeat(1_024),
};

const WEIRD_STRINGS = [
  '',
  ' ',
  '\t\n',
  '-5',
  '-0.01',
  '-0',
  '0',
  '00012',
  '10.001',
  '1e9',
  '1e400',
  '1.7976931348623157e308',
  '999999999999.99',
  '99999999999999999999',
  '0x1F',
  'NaN',
  'Infinity',
  'null',
  'undefined',
  'true',
  '１２３.４５',
  '1,000.00',
  '¥100',
  '2025-02-30',
  '2025-13-01',
  '2025-00-10',
  '0000-00-00',
  '1899-12-31',
  '9999-12-31',
  '2025-1-1',
  '2025/01/01',
  '20250101',
  '2025-01-01T00:00:00Z',
  '2025-01-01 ',
  FATHER_ID,
  DAUGHTER_ID,
  STRANGER_ID,
  FATHER_ID.toLowerCase(),
  '110105194912310021',
  '110105194902300026',
  '110105300001010011',
  '11010519491231002',
  '1101051949123100211',
  '11010519491231002Y',
  '１１０１０５１９４９１２３１００２Ｘ',
  '13800005678',
  '1380000567',
  '23800005678',
  '+8613800005678',
  '<script>alert(1)</script>',
  "'; DROP TABLE applications; --",
  '") OR 1=1 --',
  '{"$gt": ""}',
  '../../../etc/passwd',
  '\u0000',
  '\ud800',
  '\ufeff',
  '\u202e',
  '👨‍👩‍👧‍👦',
  'bazhong',
  'suizhou',
  'inpatient',
  'remoteFiling',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  LONG.ascii,
  LONG.chinese,
  LONG.digits,
  LONG.kilobyte,
];

/** Keys that try to change a prototype, the owner, or a store query. */
export const NASTY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'openid', 'OPENID', 'filerOpenid', 'status', '_id', '$where', '$set', 'id', 'action', '', ' ', '\u0000', 'a'.repeat(2_000), '身份证号'];

const PROTO_PAYLOADS = [
  { polluted: 'yes', isAdmin: true, status: 'accepted' },
  { prototype: { polluted: 'yes' } },
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
];

const numbers = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, -0.01, 0.005, 1e21, 1e308, -1e308, 5e-324, 2 ** 53 + 2, -(2 ** 31), 2 ** 32, 123456789012345680000),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** A hostile value for one field. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WEIRD_STRINGS) },
  { weight: 2, arbitrary: numbers },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(10, 1_000, 20_000).chain((d) => fc.boolean().map((a) => new Deep(d, a))) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTO_PAYLOADS) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...WEIRD_STRINGS.slice(0, 20)), { maxLength: 40 }) },
);

// ------------------------------------------------------------------------------------------------- mutations

type Path = (string | number)[];

function pathsOf(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...at, i], out));
  else if (v && typeof v === 'object' && !(v instanceof Ref) && !(v instanceof Deep)) for (const k of Object.keys(v)) pathsOf((v as Record<string, unknown>)[k], [...at, k], out);
  return out;
}

function clone(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clone);
  if (v && typeof v === 'object' && !(v instanceof Ref) && !(v instanceof Deep)) {
    const out = {};
    for (const k of Object.keys(v)) Object.defineProperty(out, k, { value: clone((v as Record<string, unknown>)[k]), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}

function setOwn(o: object, k: string | number, value: unknown): void {
  Object.defineProperty(o, k, { value, enumerable: true, writable: true, configurable: true });
}

export interface Mutation {
  op: 'replace' | 'delete' | 'addKey' | 'retype' | 'wrap';
  at: number;
  key: string;
  value: unknown;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('replace', 'replace', 'replace', 'delete', 'addKey', 'addKey', 'retype', 'wrap'),
  at: fc.nat(),
  key: fc.oneof(fc.constantFrom(...NASTY_KEYS), fc.string({ maxLength: 12 })),
  value: hostile,
});

function retype(v: unknown): unknown {
  if (typeof v === 'string') return /^\d+(\.\d+)?$/.test(v) ? Number(v) : v.length;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 0;
  if (Array.isArray(v)) return Object.fromEntries(v.map((x, i) => [String(i), x]));
  if (v && typeof v === 'object') return Object.values(v);
  return 'null';
}

/** Applies mutations to a copy of the tree. */
export function mutate(tree: unknown, mutations: Mutation[]): unknown {
  let root = clone(tree);
  for (const m of mutations) {
    const paths = pathsOf(root);
    const path = paths[m.at % paths.length];
    const parentPath = path.slice(0, -1);
    const last = path[path.length - 1];
    const get = (p: Path) => p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], root);
    const put = (value: unknown) => {
      if (path.length === 0) root = value;
      else setOwn(get(parentPath) as object, last, value);
    };
    const node = get(path);
    switch (m.op) {
      case 'replace':
        put(clone(m.value));
        break;
      case 'delete':
        if (path.length === 0) root = {};
        else if (Array.isArray(get(parentPath))) (get(parentPath) as unknown[]).splice(last as number, 1);
        else delete (get(parentPath) as Record<string, unknown>)[last as string];
        break;
      case 'addKey': {
        const target = node && typeof node === 'object' && !Array.isArray(node) && !(node instanceof Ref) && !(node instanceof Deep) ? node : root && typeof root === 'object' && !Array.isArray(root) ? root : null;
        if (target) setOwn(target, m.key, clone(m.value));
        else {
          root = {};
          setOwn(root as object, m.key, clone(m.value));
        }
        break;
      }
      case 'retype':
        put(retype(node instanceof Ref ? 'ref' : node));
        break;
      case 'wrap':
        put([node, clone(node)]);
        break;
    }
  }
  return root;
}

/**
 * Requests for one function or action: some valid, most mutated one to three times, some plain garbage. `action`
 * (for store functions) is put in first so a mutation can break it too.
 */
export function requests(bases: fc.Arbitrary<Record<string, unknown>>, action?: string): fc.Arbitrary<Tree> {
  const withAction = action === undefined ? bases : bases.map((b) => ({ action, ...b }));
  return fc.oneof(
    { weight: 2, arbitrary: withAction },
    { weight: 12, arbitrary: fc.tuple(withAction, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([b, ms]) => mutate(b, ms)) },
    { weight: 1, arbitrary: hostile },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...NASTY_KEYS), hostile).map(([k, v]) => mutate(action ? { action } : {}, [{ op: 'addKey', at: 0, key: k, value: v }])) },
  );
}
