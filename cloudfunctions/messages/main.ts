// Built by `npm run build:functions` into index.js; @cloudbase/node-sdk is its only installed dependency.
import { storeMain } from '../../server/cloud/store';
import { messagesFunction } from '../../server/functions/messages';

export const main = storeMain(messagesFunction);
