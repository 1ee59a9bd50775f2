/**
 * Access (issue 8): for every store function, every action and every record type, another person's ids are refused
 * — NOT_FOUND, with exactly the answer an id that does not exist gets, so guessing teaches nothing — and nothing is
 * written; lists never show another person's records. Record ids come from the store itself (every table with an
 * `id` column), so record types added later are covered without listing them here.
 */
import path from 'path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { FUNCTIONS } from '../../server/functions';
import { returnApplication } from '../../server/applications';
import { SQLITE_FILE } from '../../server/store/sqlite';
import { actionNames } from './actions-spy';
import { ACTION_PAYLOADS, Pool, Ref, corpus, toJsonText } from './arbitraries';
import { openWorld, type World } from './world';

// Every action through a spy (Jest hoists this above the imports). A mock factory may not use imported
// bindings, so it requires the spy module itself.
jest.mock('../../server/functions/actions', () => require('./actions-spy').spiedActionsModule());

const SEED = 0x5eed_0004;
const OWNER = 'dev_accessOwner01';
const OTHER = 'dev_accessOther02';

/**
 * An id of the same shape as `id` that was never issued (each letter and digit moved one on): what "this id does
 * not exist" answers for that shape. Ids that are not record ids at all (a rate counter's `declare:all`) are then
 * refused by format alike, whoever's they are.
 */
function missingLike(id: string): string {
  return id.replace(/[0-9]/g, (d) => String((Number(d) + 1) % 10)).replace(/[a-zA-Z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 1) % 26) + base);
  });
}

let world: World;
const ownerPool = new Pool();
const otherPool = new Pool();

/** Payloads per store function and action: ours where we have them, else whatever the corpus finds accepted. */
async function payloadsFor(name: string, action: string, openid: string, pool: Pool): Promise<Record<string, unknown>[]> {
  const own = ACTION_PAYLOADS[name]?.[action];
  if (own) return fc.sample(own, { numRuns: 6, seed: SEED });
  const accepted: Record<string, unknown>[] = [];
  for (const sample of corpus(SEED)) {
    const env = await world.call(name, toJsonText({ action, ...sample }, pool), openid);
    if (env.ok) accepted.push(sample);
    if (accepted.length >= 3) break;
  }
  return accepted;
}

const storeFunctions = () => Object.keys(FUNCTIONS).filter((n) => FUNCTIONS[n].kind === 'store');

/** Both people use every action a few times, so each owns records of every type the functions make. */
async function populate(openid: string, pool: Pool): Promise<void> {
  for (let pass = 0; pass < 2; pass++) {
    for (const name of storeFunctions()) {
      for (const action of actionNames(FUNCTIONS[name].handle)) {
        if (action === 'withdraw' || action === 'cancelFiling' || action === 'delete') continue; // keep what was made
        for (const payload of await payloadsFor(name, action, openid, pool)) {
          const env = await world.call(name, toJsonText({ action, ...payload }, pool), openid);
          if (env.ok) pool.harvest(env.data);
        }
      }
    }
  }
}

/** Every id in the store, by table, and whose it is not known here: the owner's are those the other never made. */
function idsByTable(): Record<string, string[]> {
  const db = new Database(path.join(world.dataDir, SQLITE_FILE), { readonly: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
    const out: Record<string, string[]> = {};
    for (const t of tables) {
      const columns = (db.prepare(`PRAGMA table_info("${t}")`).all() as { name: string }[]).map((c) => c.name);
      if (!columns.includes('id')) continue;
      out[t] = (db.prepare(`SELECT id FROM "${t}"`).all() as { id: string }[]).map((r) => r.id);
    }
    return out;
  } finally {
    db.close();
  }
}

const ID_FIELD = /^(id|.*Id)$/;
const NOT_ID = new Set(['requestId']);

/** Paths of the id-like string fields of a payload (top level and one level down). */
function idFields(payload: Record<string, unknown>): string[][] {
  const out: string[][] = [];
  for (const [k, v] of Object.entries(payload)) {
    if (ID_FIELD.test(k) && !NOT_ID.has(k) && (typeof v === 'string' || v instanceof Ref)) out.push([k]);
    else if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Ref)) {
      for (const [k2, v2] of Object.entries(v)) if (ID_FIELD.test(k2) && (typeof v2 === 'string' || v2 instanceof Ref)) out.push([k, k2]);
    }
  }
  return out;
}

let fresh = 0;

/** The payload with one id field set, and a request id never used before (a reused one answers its first result). */
function withValue(payload: Record<string, unknown>, at: string[], value: string): Record<string, unknown> {
  const p = 'requestId' in payload ? { ...payload, requestId: `access-${++fresh}` } : payload;
  if (at.length === 1) return { ...p, [at[0]]: value };
  return { ...p, [at[0]]: { ...(p[at[0]] as Record<string, unknown>), [at[1]]: value } };
}

let ownerIds: Record<string, string[]>;

beforeAll(async () => {
  world = await openWorld('access', { paced: true });
  await populate(OWNER, ownerPool);
  // One of the owner's submitted applications is returned by staff, so "returned" is among the states tried.
  const submitted = idsByTable().applications ?? [];
  for (const id of submitted.slice(0, 3)) await returnApplication(world.gateway.app, { id, staff: '王经办', reason: '请补充材料' }).catch(() => undefined);
  ownerIds = idsByTable();
  await populate(OTHER, otherPool);
}, 60_000);

afterAll(async () => {
  await world.close();
});

it('the owner has records of every type the store keeps ids for', () => {
  for (const table of ['applications', 'audit', 'family_members', 'materials']) expect({ table, n: ownerIds[table]?.length ?? 0 }).not.toEqual({ table, n: 0 });
});

describe.each(storeFunctions())('%s', (name) => {
  it("refuses every action on another person's ids of every type, as if they did not exist, writing nothing", async () => {
    const ids = Object.entries(ownerIds).flatMap(([table, list]) => list.slice(0, 6).map((id) => ({ table, id })));
    let tried = 0;
    const reached = new Set<string>();
    for (const action of actionNames(FUNCTIONS[name].handle)) {
      for (const payload of (await payloadsFor(name, action, OTHER, otherPool)).slice(0, 3)) {
        for (const at of idFields(payload)) {
          for (const { table, id } of ids) {
            const missing = await world.call(name, toJsonText({ action, ...withValue(payload, at, missingLike(id)) }, otherPool), OTHER);
            const before = await world.counts();
            const env = await world.call(name, toJsonText({ action, ...withValue(payload, at, id) }, otherPool), OTHER);
            const what = `${name}.${action} with the owner's ${table} id in ${at.join('.')}`;
            // The same answer as for an id that does not exist: NOT_FOUND once the request reaches the lookup.
            expect({ what, answer: env }).toEqual({ what, answer: missing });
            if (!missing.ok && missing.code === 'NOT_FOUND') {
              tried++;
              reached.add(`${action}.${at.join('.')}`);
            }
            expect({ what, rows: await world.counts() }).toEqual({ what, rows: before });
          }
        }
      }
    }
    expect(tried).toBeGreaterThan(0);
    console.log(`access ${name}: ${tried} refusals of another person's ids over ${Object.keys(ownerIds).join(', ')} via ${[...reached].join(', ')}`);
  });

  it("never lists or shows another person's records", async () => {
    const all = Object.values(ownerIds).flat();
    for (const action of actionNames(FUNCTIONS[name].handle)) {
      for (const payload of await payloadsFor(name, action, OTHER, otherPool)) {
        const env = await world.call(name, toJsonText({ action, ...payload }, otherPool), OTHER);
        const text = JSON.stringify(env);
        const seen = all.filter((id) => text.includes(id));
        expect({ action, seen }).toEqual({ action, seen: [] });
      }
    }
  });
});

it('privacy of this run: no response or log line carried an unmasked ID number or mobile number', () => {
  expect(world.recorder.leaks).toEqual([]);
  expect(world.recorder.problems).toEqual([]);
});
