import { ZERO, amountOf, decimalOracle, fen, yuan } from './amount';
import { ChainContext } from './chain/context';
import { estimateCaseSchema, VISIT_TYPES } from './schemas/estimate';
import { parseOrThrow } from './schemas/common';
import { fastEstimateCase } from './schemas/estimate-fast';
import { RuleError, notCovered } from './errors';
import { knownList, manifestById } from './regions/vocabulary';
import { ESTIMATE } from './regions/registry/estimate';
import type { RegionManifest } from './regions/manifest';
import type { EstimateProgram } from './regions/region';
import { EstimateResult, PAYMENT_KEYS, Payments } from './result';
import { fingerprint } from './hash';
import type { Settlement } from './year/types';
import { parseYear, settledInput } from './schemas/year';
import { RULESET_VERSION } from './version';

/**
 * Fingerprints computed when a cloud function is bundled (esbuild `define`, from the very parameter files it
 * bundles): the first call of a cold function then skips ~5 ms of hashing. Undefined everywhere else.
 */
declare const YIBAO_PARAMS_HASHES: Record<string, string> | undefined;

const paramsHashes = new Map<string, string>(
  typeof YIBAO_PARAMS_HASHES === 'undefined' ? [] : Object.entries(YIBAO_PARAMS_HASHES),
);

/** A region's words with its 费用估算 program. */
type EstimateRegion = RegionManifest & { estimate: EstimateProgram };

const regions = new Map<string, EstimateRegion>();

/** The region with an estimate program; any other id is "暂未收录", naming those the rules cover. */
function regionById(id: string): EstimateRegion {
  let region = regions.get(id);
  if (region) return region;
  const manifest = manifestById(id);
  if (!manifest || !Object.prototype.hasOwnProperty.call(ESTIMATE, id)) {
    const covered = Object.keys(ESTIMATE).flatMap((k) => manifestById(k) ?? []);
    throw notCovered(`参保地“${id}”暂未收录，目前支持：${knownList(covered)}`, 'region');
  }
  region = { ...manifest, estimate: ESTIMATE[id] };
  regions.set(id, region);
  return region;
}

function paramsHash(region: EstimateRegion): string {
  let h = paramsHashes.get(region.id);
  if (!h) {
    h = fingerprint(region.estimate.params);
    paramsHashes.set(region.id, h);
  }
  return h;
}

/** Refuses, in plain Chinese, what the region's rules do not cover, before any figure is read. */
function checkCoverage(region: RegionManifest, input: { date: string; scheme: 'resident' | 'employee'; visit: { type: string } }): void {
  if (input.date < region.firstDate) {
    throw notCovered(`${region.name}的标准自 ${region.firstDate} 起收录，${input.date} 的结算暂未收录`, 'date');
  }
  if (!region.schemes.includes(input.scheme)) {
    throw notCovered(`${region.name}暂未收录${input.scheme === 'resident' ? '城乡居民医保' : '职工医保'}`, 'scheme');
  }
  if (!region.visitTypes.includes(input.visit.type as never)) {
    throw notCovered(`${region.name}暂未收录这类就医（${input.visit.type}）的费用估算`, 'visit.type');
  }
}

/**
 * Estimates what one bill costs after every payer in the chain. Throws RuleError for input that fails
 * validation (INVALID_INPUT) or that the rules do not cover (NOT_COVERED).
 */
export function estimate(input: unknown): EstimateResult {
  return estimateWith(input);
}

/**
 * The estimate of a visit whose 结算单 the person has (issue 14): the bill re-run with the 结算单's totals when given,
 * and each payer it names paying exactly what it says (ChainContext `settled`), so the year-to-date figures after it
 * — and every payer after it in the chain — follow the real amounts. Same refusals as `estimate`.
 */
export function estimateSettled(input: unknown, given: Settlement): EstimateResult {
  const settlement = parseYear(settledInput, { settled: given }).settled;
  const raw = input as { visit?: unknown } | null;
  const withTotals =
    raw && typeof raw === 'object' && raw.visit && typeof raw.visit === 'object'
      ? {
          ...raw,
          visit: {
            ...raw.visit,
            ...(settlement.totalCost !== undefined ? { totalCost: settlement.totalCost } : {}),
            ...(settlement.inScopeCost !== undefined ? { inScopeCost: settlement.inScopeCost } : {}),
          },
        }
      : input;
  const result = estimateWith(withTotals, settlement.payments);
  const fundTotal = amountOf(result.fundTotal);
  const inScope = amountOf(result.inScopeCost);
  if (fundTotal.greaterThan(inScope)) {
    throw new RuleError('INVALID_INPUT', `结算单：各项支付合计 ${yuan(fundTotal)} 大于政策范围内费用 ${yuan(inScope)}，请核对`, 'settled.payments');
  }
  return result;
}

function estimateWith(input: unknown, settled?: Partial<Payments>): EstimateResult {
  // Visit types the engine knows of but a region does not cover are "暂未收录", not "invalid".
  const raw = input as { region?: unknown; visit?: { type?: unknown } } | null;
  if (raw && typeof raw === 'object' && typeof raw.region === 'string' && raw.visit && typeof raw.visit === 'object') {
    const t = raw.visit.type;
    if (typeof t === 'string' && (VISIT_TYPES as readonly string[]).includes(t) && t !== 'inpatient') {
      const region = regionById(raw.region);
      if (!region.visitTypes.includes(t as never)) throw notCovered(`${region.name}暂未收录这类就医（${t}）的费用估算`, 'visit.type');
    }
  }
  // The hand-written path for the well-formed common case; zod for the rest and for the Chinese wording of errors.
  const c = (decimalOracle() ? undefined : fastEstimateCase(input)) ?? parseOrThrow(estimateCaseSchema, input);
  const region = regionById(c.region);
  checkCoverage(region, c);

  const ctx = new ChainContext(c, settled);
  region.estimate.run(ctx);
  ctx.settleRest();

  const total = amountOf(c.visit.totalCost);
  const payments = {} as Payments;
  let fundTotal = ZERO;
  for (const k of PAYMENT_KEYS) {
    const paid = ctx.paid[k];
    // Most payers pay nothing on most bills: skip the rounding and the addition for them.
    if (paid === ZERO) {
      payments[k] = '0.00';
      continue;
    }
    payments[k] = fen(paid);
    fundTotal = fundTotal.plus(paid);
  }
  const outOfScope = total.minus(ctx.inScope);
  const selfPayInScope = ctx.inScope.minus(fundTotal);
  const personalPay = total.minus(fundTotal);
  ctx.trace.step(
    'patient',
    personalPay,
    `个人负担 = 目录外个人自费 ${yuan(outOfScope)} + 政策范围内个人自付 ${yuan(selfPayInScope)} = ${yuan(personalPay)}`,
    region.estimate.personalPaySource,
  );
  return {
    region: region.id,
    date: c.date,
    scheme: c.scheme,
    visitType: c.visit.type,
    totalCost: fen(total),
    inScopeCost: fen(ctx.inScope),
    payments,
    fundTotal: fen(fundTotal),
    outOfScope: fen(outOfScope),
    selfPayInScope: fen(selfPayInScope),
    personalPay: fen(personalPay),
    steps: ctx.trace.steps,
    notes: ctx.trace.notes,
    yearToDateAfter: ctx.yearToDateAfter(),
    ...(ctx.allowances.length > 0 ? { allowances: ctx.allowances } : {}),
    ruleset: { version: RULESET_VERSION, paramsHash: paramsHash(region) },
  };
}
