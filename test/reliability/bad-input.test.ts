/**
 * Bad input (issue 8): at least 10,000 generated requests at every function in the registry — and every action of
 * it — through the gateway's own call path, and a smaller sample over real HTTP. Every answer is a result or a
 * structured Chinese error with a known code; nothing crashes; a refused request writes no row (and no file).
 * Seeds are fixed: a failure here reproduces.
 */
import fc from 'fast-check';
import { FUNCTIONS } from '../../server/functions';
import { actionNames } from './actions-spy';
import { ACTION_PAYLOADS, COMPUTE_REQUESTS, Pool, corpus, fullContent, hostile, requests, toJsonText, type Tree } from './arbitraries';
import { envelopeProblem, openWorld, openidOf, type World } from './world';
import { estimateProblems } from './invariants';
import type { EstimateResult } from '../../shared/result';

// A fixed volume, checked for correctness, not speed: 10,000 requests per function take 10–34 s on the 2-core machine depending on its load.
jest.setTimeout(120_000);

// Every action through a spy (Jest hoists this above the imports). A mock factory may not use imported
// bindings, so it requires the spy module itself.
jest.mock('../../server/functions/actions', () => require('./actions-spy').spiedActionsModule());

const SEED = 0x5eed_0008;
const RUNS_PER_FUNCTION = 10_000;

let world: World;
let owner: string;

beforeAll(async () => {
  // Paced (world.ts PACE_MS): thousands of requests from one account would otherwise mostly meet the rate limits.
  world = await openWorld('bad-input', { paced: true });
  owner = openidOf(await world.login('fuzz-owner'));
});

afterAll(async () => {
  await world.close();
});

/** Valid bases for a function or action we have no generator for: whatever in the corpus it accepts. */
async function discoveredBases(name: string, action: string | undefined): Promise<fc.Arbitrary<Record<string, unknown>>> {
  const accepted: Record<string, unknown>[] = [];
  for (const sample of corpus(SEED)) {
    const body = action === undefined ? sample : { action, ...sample };
    const env = await world.call(name, toJsonText(body, new Pool()), owner);
    if (env.ok) accepted.push(sample);
    if (accepted.length >= 8) break;
  }
  return accepted.length ? fc.constantFrom(...accepted) : fc.constant({});
}

/**
 * What a refusal may write. Only a failed verification (a roster code nobody issued): the attempt is counted and kept
 * in the binding's history on purpose, and the code form declares the typed person first (server/identity/service.ts
 * verifyWithCode) — so guessing codes costs attempts. Every other refusal writes nothing.
 */
const WRITTEN_WHEN_REFUSED: Record<string, string[]> = { VERIFY_FAILED: ['binding_events', 'identity_bindings', 'rate_counters'] };

function changedTables(before: Record<string, number>, after: Record<string, number>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}

function checkResult(name: string, data: unknown): string[] {
  if (name === 'estimate') return estimateProblems(data as EstimateResult);
  return [];
}

describe.each(Object.keys(FUNCTIONS))('%s', (name) => {
  it(`answers ${RUNS_PER_FUNCTION.toLocaleString('en-US')} hostile requests with a result or a Chinese error, writing nothing when it refuses`, async () => {
    const fn = FUNCTIONS[name];
    const pool = new Pool();
    let arbitrary: fc.Arbitrary<Tree>;
    const actions = actionNames(fn.handle);
    if (fn.kind === 'compute' && actions.length === 0) {
      arbitrary = requests(COMPUTE_REQUESTS[name] ?? (await discoveredBases(name, undefined)));
    } else {
      const perAction: fc.Arbitrary<Tree>[] = [];
      for (const action of actions) perAction.push(requests(ACTION_PAYLOADS[name]?.[action] ?? (await discoveredBases(name, action)), action));
      perAction.push(requests(fc.constant({})));
      arbitrary = fc.oneof(...perAction);
    }
    // A few records to act on before the fuzzing starts: drafts of both types, a submitted one, a family member.
    for (const [action, payloads] of Object.entries(ACTION_PAYLOADS[name] ?? {})) {
      for (const payload of fc.sample(payloads, { numRuns: 4, seed: SEED })) {
        const env = await world.call(name, toJsonText({ action, ...payload }, pool), owner);
        if (env.ok) pool.harvest(env.data);
      }
    }

    const tally: Record<string, number> = {};
    const store = fn.kind === 'store';
    await fc.assert(
      fc.asyncProperty(arbitrary, async (tree) => {
        const text = toJsonText(tree, pool);
        const before = store ? await world.counts() : null;
        const uploads = store && text.includes('uploadMaterial');
        const filesBefore = uploads ? world.fileCount() : 0;
        const env = await world.call(name, text, owner);
        const problem = envelopeProblem(env, text);
        if (problem) throw new Error(`${problem}\nrequest: ${text.slice(0, 400)}`);
        const key = env.ok ? 'ok' : env.code;
        tally[key] = (tally[key] ?? 0) + 1;
        if (env.ok) {
          pool.harvest(env.data);
          const broken = checkResult(name, env.data);
          if (broken.length) throw new Error(`${broken.join('; ')}\nrequest: ${text.slice(0, 400)}`);
        } else if (store) {
          const after = await world.counts();
          const allowed = WRITTEN_WHEN_REFUSED[env.code] ?? [];
          if (changedTables(before!, after).some((t) => !allowed.includes(t))) throw new Error(`refused (${env.code}) but rows changed: ${JSON.stringify(before)} → ${JSON.stringify(after)}\nrequest: ${text.slice(0, 400)}`);
          if (uploads && world.fileCount() !== filesBefore) throw new Error(`refused (${env.code}) but a file was left behind\nrequest: ${text.slice(0, 400)}`);
        }
      }),
      { seed: SEED + name.length, numRuns: RUNS_PER_FUNCTION },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'isAdmin')).toBe(false);
    expect(world.recorder.problems).toEqual([]);
    // Every answer was counted; some were results, so the generators reach past validation.
    expect(Object.values(tally).reduce((a, b) => a + b, 0)).toBe(RUNS_PER_FUNCTION);
    expect(tally.ok ?? 0).toBeGreaterThan(0);
    console.log(`${name}${actions.length ? ` (${actions.join(', ')})` : ''}: ${JSON.stringify(tally)}`);
  });
});

describe('over real HTTP', () => {
  it('answers a sample of hostile bodies, methods, paths and sessions with a status and a Chinese envelope', async () => {
    const token = await world.login('fuzz-http');
    const pool = new Pool();
    const names = Object.keys(FUNCTIONS);
    const bodies = fc.sample(
      fc.tuple(fc.constantFrom(...names), fc.oneof(requests(fc.constant({})), hostile, ...names.filter((n) => COMPUTE_REQUESTS[n]).map((n) => requests(COMPUTE_REQUESTS[n]))), fc.constantFrom(true, true, true, false)),
      { numRuns: 300, seed: SEED },
    );
    const raw = ['', '{', '{"region": ', 'null', '[]', '"text"', '1', 'true', '\u0000', '{"a":1}garbage', '\ufeff{}', 'x'.repeat(100_000), `{"action":"${'a'.repeat(10_000)}"}`];
    const seen: Record<number, number> = {};
    const expectEnvelope = (status: number, json: unknown, what: string, request = what) => {
      seen[status] = (seen[status] ?? 0) + 1;
      expect({ what, status, ok: [200, 400, 401, 403, 404, 405, 413].includes(status) }).toEqual({ what, status, ok: true });
      expect({ what, problem: envelopeProblem(json, request) }).toEqual({ what, problem: null });
    };

    for (const [name, tree, signedIn] of bodies) {
      const text = toJsonText(tree, pool);
      const { status, json } = await world.http(name, text, signedIn ? token : undefined);
      expectEnvelope(status, json, `${name} ${text.slice(0, 120)}`, text);
    }
    for (const name of [...names, 'dev-login']) {
      for (const text of raw) {
        const { status, json } = await world.http(name, text, token);
        expectEnvelope(status, json, `${name} raw ${JSON.stringify(text.slice(0, 40))}`, text);
      }
      for (const method of ['GET', 'PUT', 'DELETE']) {
        const { status, json } = await world.http(name, '{}', token, method);
        expectEnvelope(status, json, `${method} ${name}`);
      }
      for (const forged of ['x', `${'a'.repeat(300)}`, `${openidOf(token)}.1.abc`, token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))]) {
        const { status, json } = await world.http(name, '{}', forged);
        expectEnvelope(status, json, `forged session on ${name}`);
      }
    }
    for (const path of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '..%2Festimate', 'estimate%00', 'ESTIMATE', '']) {
      const { status, json } = await world.http(path, '{}', token);
      expectEnvelope(status, json, `path ${path}`);
    }
    for (const user of [null, 1, {}, [], '', 'a'.repeat(41), '__proto__', 'a'.repeat(100_000)]) {
      const { status, json } = await world.http('dev-login', JSON.stringify({ user }));
      expectEnvelope(status, json, `dev-login ${JSON.stringify(user).slice(0, 20)}`);
    }
    // A body over the 8 MB limit is refused with 413, not read into memory; the gateway stays up.
    const big = JSON.stringify({ action: 'submit', content: fc.sample(fullContent, { numRuns: 1, seed: SEED })[0], padding: 'x'.repeat(9 * 1024 * 1024) });
    const tooBig = await world.http('applications', big, token);
    expectEnvelope(tooBig.status, tooBig.json, 'over 8 MB');
    expect(tooBig.status).toBe(413);
    expect((await world.http('estimate', '{}')).status).toBe(200);
    expect(world.recorder.problems).toEqual([]);
    expect(seen[500]).toBeUndefined();
  });
});

describe('privacy of this run', () => {
  it('no response body or log line carried an unmasked ID number or mobile number', () => {
    expect(world.recorder.responses).toBeGreaterThan(RUNS_PER_FUNCTION * Object.keys(FUNCTIONS).length);
    expect(world.recorder.leaks).toEqual([]);
  });
});
