import { estimate as estimateOnDevice } from '../../shared/estimate';
import { RuleError } from '../../shared/errors';
import type { EstimateResult } from '../../shared/result';
import { callFunction } from './api';
import { detailOf, ServiceError } from './errors';

/**
 * Estimates on the device with the same rules the cloud function runs: instant, and it works offline.
 * Throws a ServiceError whose `field` says which box of the form is wrong.
 */
export function estimate(input: unknown): EstimateResult {
  try {
    return estimateOnDevice(input);
  } catch (error) {
    if (error instanceof RuleError) throw new ServiceError(error.code, error.message, error.field, detailOf(error));
    throw new ServiceError('INTERNAL', '估算没有完成，请检查填写的内容后再试');
  }
}

/** The authoritative result from the `estimate` function (what an application stores with itself). */
export function estimateOnServer(input: unknown): Promise<EstimateResult> {
  return callFunction<EstimateResult>('estimate', input, { signedIn: false });
}
