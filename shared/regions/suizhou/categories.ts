import { ChainContext } from '../../chain/context';
import { CATEGORY_NAMES, CategoryId } from '../../schemas/estimate';

/**
 * The identities of a Suizhou case. The schema types `person.categories` as 004's `Category` for the Bazhong chain;
 * for a Suizhou case it checked them against SUIZHOU_CATEGORY_IDS, so they are read here as `CategoryId`.
 */
export function categoriesOf(ctx: ChainContext): readonly CategoryId[] {
  return ctx.c.person.categories as readonly CategoryId[];
}

/** Names as 002 prints them where it words a shared identity differently from 004. */
export function nameOf(category: CategoryId): string {
  if (category === 'relapse-monitored') return '纳入监测范围的农村易返贫致贫人口';
  if (category === 'dibao') return '最低生活保障对象（低保）';
  return CATEGORY_NAMES[category];
}
