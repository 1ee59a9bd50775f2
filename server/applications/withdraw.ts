import type { AppContext, Identity } from './context';
import { nowIso } from './context';
import { loadVisible } from './access';
import { audit } from './audit';
import { transition } from './status';
import { viewOf } from './queries';
import { ApplicationView } from './view';
import { parseApplicationRequest, withdrawRequest } from '../../shared/schemas/application';

/** Withdraws before acceptance (draft, submitted or returned). The filer or the principal may; see access.ts. */
export async function withdraw(ctx: AppContext, identity: Identity, input: unknown): Promise<ApplicationView> {
  const req = parseApplicationRequest(withdrawRequest, input);
  const at = nowIso(ctx);
  const record = await ctx.store.transaction(async (tx) => {
    const r = await loadVisible(ctx, identity, req.id, tx);
    const next = { ...r, status: transition(r.status, 'withdraw'), updatedAt: at };
    await tx.updateApplication(next);
    await audit(tx, next, at, { role: 'applicant', id: identity.openid }, 'withdraw', r.status, req.reason ? `撤回：${req.reason}` : '撤回申请');
    return next;
  });
  return viewOf(ctx, record, identity);
}
