import type { StaffRoute } from '../route';
import { commitImport, IMPORT_ROLES, previewImport } from './imports';
import { LEDGER_ROLES, searchLedger, staffLedger } from './ledger';

/** The console's roster and payment imports and the veteran's ledger; their bodies' limit is server/staff/body-limits.ts. */
export const STAFF_VETERAN_ROUTES: StaffRoute[] = [
  { method: 'POST', pattern: /^\/veteran\/imports\/preview$/, roles: [...IMPORT_ROLES], handle: (ctx, actor, _m, { body, sessionId }) => previewImport(ctx, actor, sessionId, body) },
  { method: 'POST', pattern: /^\/veteran\/imports\/commit$/, roles: [...IMPORT_ROLES], handle: (ctx, actor, _m, { body, sessionId }) => commitImport(ctx, actor, sessionId, body) },
  { method: 'GET', pattern: /^\/veteran\/ledger$/, roles: [...LEDGER_ROLES], handle: (ctx, actor, _m, { query }) => staffLedger(ctx, actor, query) },
  { method: 'GET', pattern: /^\/veteran\/ledger\/search$/, roles: [...LEDGER_ROLES], handle: (ctx, actor, _m, { query }) => searchLedger(ctx, actor, query) },
];
