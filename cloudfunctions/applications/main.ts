// Built by `npm run build:functions` into index.js; @cloudbase/node-sdk is its only installed dependency.
import { storeMain } from '../../server/cloud/store';
import { applicationsFunction } from '../../server/functions/applications';

export const main = storeMain(applicationsFunction);
