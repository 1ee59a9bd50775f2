import { ChainContext } from '../../../chain/context';
import { CATEGORY_NAMES, type CategoryId } from '../../vocabulary';

/** The identities of a case of this region: the schema checked them against the region's manifest. */
export function categoriesOf(ctx: ChainContext): readonly CategoryId[] {
  return ctx.c.person.categories as readonly CategoryId[];
}

/** Names as 002 prints them where it words a shared identity differently from 004. */
export function nameOf(category: CategoryId): string {
  if (category === 'relapse-monitored') return '纳入监测范围的农村易返贫致贫人口';
  if (category === 'dibao') return '最低生活保障对象（低保）';
  return CATEGORY_NAMES[category];
}
