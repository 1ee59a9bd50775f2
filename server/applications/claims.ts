import type { AppContext, Identity } from './context';
import { declareSelf } from '../identity/service';

/**
 * The old name of `declareSelf` (family action `claimIdentity`), kept for clients of the first release. It no longer
 * claims anything: it declares, which opens nothing until a source verifies it (server/identity).
 */
export async function claimIdentity(ctx: AppContext, identity: Identity, input: unknown): Promise<{ name: string; idNumberMasked: string }> {
  const status = await declareSelf(ctx, identity, input);
  return { name: status.self!.name, idNumberMasked: status.self!.idNumberMasked };
}
