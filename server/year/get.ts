import type { AppContext, Identity } from '../applications/context';
import type { YearRecordView } from '../../shared/contract/year';
import { parseYear, yearGetRequest } from '../../shared/schemas/year';
import { memberOf, yearRecordId } from './access';
import { yearView } from './view';

/** `family.yearGet` {person, year}: the account's record of that person and year, empty when none is stored. */
export async function yearGet(ctx: AppContext, identity: Identity, input: unknown): Promise<YearRecordView> {
  const req = parseYear(yearGetRequest, input ?? {});
  await memberOf(ctx.store, identity, req.person);
  return yearView(req.person, req.year, await ctx.store.getYearRecord(yearRecordId(identity.openid, req.person, req.year)));
}
