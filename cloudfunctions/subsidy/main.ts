// Built by `npm run build:functions` into index.js; @cloudbase/node-sdk is its only installed dependency.
import { storeMain } from '../../server/cloud/store';
import { subsidyFunction } from '../../server/functions/subsidy';

export const main = storeMain(subsidyFunction);
