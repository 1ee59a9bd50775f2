import { param } from '../../../shared/params/param';
import { cite } from '../../../shared/source';
import { DOC } from './manifest';

/** The fixture's one figure: a stay pays 70% of the in-scope cost above a 500 元 deductible. */
export const inpatientRule = param<{ deductible: string; ratio: string }>('夹具地区住院起付线和报销比例', 'table', {
  '2025-01-01': { source: cite(DOC, '夹具条款 住院'), value: { deductible: '500', ratio: '0.70' } },
});
