// Built by `npm run build:functions` into index.js; @cloudbase/node-sdk is its only installed dependency.
import { storeMain } from '../../server/cloud/store';
import { familyFunction } from '../../server/functions/family';

export const main = storeMain(familyFunction);
