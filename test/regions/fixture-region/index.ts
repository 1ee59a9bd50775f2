import type { Region } from '../../../shared/regions/region';
import { ChainContext } from '../../../shared/chain/context';
import { cite } from '../../../shared/source';
import { figure, max0, percent, yuan } from '../../../shared/money';
import { valueAt } from '../../../shared/params/param';
import * as params from './params';
import { DOC, manifest } from './manifest';

/** The fixture's programs: an estimate of a stay, from the shared chain context and formulas. */
export const fixture: Region = {
  ...manifest,
  estimate: {
    personalPaySource: cite(DOC, '夹具条款 个人负担'),
    params: [params],
    run(ctx: ChainContext): void {
      const v = valueAt(params.inpatientRule, ctx.date);
      const rule = ctx.trace.use(v);
      const above = max0(ctx.inScope.minus(rule.deductible));
      const amount = above.times(figure(rule.ratio));
      ctx.pay('basic', amount, `(${yuan(ctx.inScope)} − 起付线 ${yuan(rule.deductible)}) × ${percent(rule.ratio)}`, v.source);
    },
  },
};
