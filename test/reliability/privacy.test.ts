/**
 * Privacy (issue 8): an ID number or a mobile number put into every text field of every valid request of every
 * function — where it belongs (the ID and phone boxes) and where it does not (a name, an address, a hospital, a
 * reason, an unknown field, a region) — never comes back unmasked, in a result or an error, over HTTP or in-process,
 * nor appears in a log line. The other reliability files scan everything they produce the same way.
 */
import fc from 'fast-check';
import { FUNCTIONS } from '../../server/functions';
import { actionNames } from './actions-spy';
import { ACTION_PAYLOADS, COMPUTE_REQUESTS, Pool, Ref, toJsonText } from './arbitraries';
import { openWorld, openidOf, privacyLeaks, type World } from './world';
import { idWith } from '../applications/helpers';

// Every action through a spy (Jest hoists this above the imports). A mock factory may not use imported
// bindings, so it requires the spy module itself.
jest.mock('../../server/functions/actions', () => require('./actions-spy').spiedActionsModule());

const SEED = 0x5eed_0005;
const PLANTED = [idWith('33010219880808123'), `身份证${idWith('44030519770101456')}号`, '13912345678', '电话 15888889999 转 1', idWith('51190219660606001').toLowerCase()];

let world: World;
let token: string;

beforeAll(async () => {
  // Paced (world.ts PACE_MS): otherwise most variants would stop at the rate limits before reaching any echo.
  world = await openWorld('privacy', { paced: true });
  token = await world.login('privacy-person');
});

afterAll(async () => {
  await world.close();
});

/** Every path to a string (or id reference) in a request, and the request with that leaf replaced. */
function stringLeaves(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof v === 'string' || v instanceof Ref) return [at];
  if (Array.isArray(v)) return v.flatMap((x, i) => stringLeaves(x, [...at, i]));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => stringLeaves(x, [...at, k]));
  return [];
}

function replaced(v: unknown, at: (string | number)[], value: string): unknown {
  if (at.length === 0) return value;
  const [head, ...rest] = at;
  if (Array.isArray(v)) return v.map((x, i) => (i === head ? replaced(x, rest, value) : x));
  return { ...(v as Record<string, unknown>), [head]: replaced((v as Record<string, unknown>)[head as string], rest, value) };
}

function requestsOf(name: string): Record<string, unknown>[] {
  const fn = FUNCTIONS[name];
  const actions = actionNames(fn.handle);
  if (actions.length === 0) return COMPUTE_REQUESTS[name] ? fc.sample(COMPUTE_REQUESTS[name], { numRuns: 4, seed: SEED }) : [{}];
  return actions.flatMap((action) => {
    const payloads = ACTION_PAYLOADS[name]?.[action];
    return (payloads ? fc.sample(payloads, { numRuns: 4, seed: SEED }) : [{}]).map((p) => ({ action, ...p }));
  });
}

describe.each(Object.keys(FUNCTIONS))('%s', (name) => {
  it('never answers with an unmasked ID or mobile number, wherever one was typed', async () => {
    const pool = new Pool();
    let sent = 0;
    for (const request of requestsOf(name)) {
      const leaves = stringLeaves(request).filter((p) => p[0] !== 'action');
      const variants = [request, { ...request, 备注: PLANTED[0], [PLANTED[2]]: 'x' }];
      for (const leaf of leaves) for (const planted of PLANTED) variants.push(replaced(request, leaf, planted) as Record<string, unknown>);
      for (const [i, variant] of variants.entries()) {
        // A fresh request id each time: a repeated one would answer with the first submission.
        if (typeof variant.requestId === 'string') variant.requestId = `privacy-${sent}-${i}`;
        const text = toJsonText(variant, pool);
        const env = await world.call(name, text, openidOf(token));
        if (env.ok) pool.harvest(env.data);
        expect({ request: text.slice(0, 300), leaks: privacyLeaks(JSON.stringify(env)) }).toEqual({ request: text.slice(0, 300), leaks: [] });
        sent++;
      }
    }
    // The same over HTTP for the plain requests: what the client really receives.
    for (const request of requestsOf(name)) {
      const { text } = await world.http(name, toJsonText(request, pool), token);
      expect(privacyLeaks(text)).toEqual([]);
    }
    expect(sent).toBeGreaterThan(10);
  });
});

it('left no unmasked number in any response or log line of this run', () => {
  expect(world.recorder.logLines).toBeGreaterThan(0);
  expect(world.recorder.leaks).toEqual([]);
  expect(world.recorder.problems).toEqual([]);
});
