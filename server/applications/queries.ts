import type { ApplicationRecord, Page } from '../store/types';
import type { AppContext, Identity } from './context';
import { loadVisible, principalHashesOf } from './access';
import { fullView, summaryView, ApplicationSummary, ApplicationView } from './view';
import { idRequest, parseApplicationRequest } from '../../shared/schemas/application';
import { parsePageRequest } from '../../shared/schemas/paging';
import { mapPage } from './pages';

export async function viewOf(ctx: AppContext, record: ApplicationRecord, identity: Identity | 'staff'): Promise<ApplicationView> {
  const [trail, materials] = await Promise.all([ctx.store.listAudit(record.id), ctx.store.listMaterials(record.id)]);
  return fullView(record, identity, trail, materials);
}

/** "我的申请": what I filed and what was filed for me (see access.ts), newest first, a page at a time with the total. */
export async function listMine(ctx: AppContext, identity: Identity, input: unknown = {}): Promise<Page<ApplicationSummary>> {
  const page = parsePageRequest(input);
  const hashes = await principalHashesOf(ctx, identity);
  const records = await ctx.store.listApplications({ filerOpenid: identity.openid, principalIdHashes: hashes, order: 'newest', ...page });
  return mapPage(records, (r) => summaryView(r, identity));
}

/** One application with its materials and status timeline; "not found" unless the caller is its filer or principal. */
export async function getOne(ctx: AppContext, identity: Identity, input: unknown): Promise<ApplicationView> {
  const { id } = parseApplicationRequest(idRequest, input);
  return viewOf(ctx, await loadVisible(ctx, identity, id), identity);
}
