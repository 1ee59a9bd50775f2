import { ChainContext } from '../../../chain/context';
import type { Category } from '../manifest';

/** The identities of a case of this region: the schema checked them against the region's manifest. */
export function categoriesOf(ctx: ChainContext): readonly Category[] {
  return ctx.c.person.categories as readonly Category[];
}
