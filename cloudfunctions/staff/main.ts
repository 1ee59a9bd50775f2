// Built by `npm run build:functions` into index.js; @cloudbase/node-sdk is its only installed dependency. Reached
// through CloudBase's HTTP access service (path /staff/api), never by callFunction (server/staff/cloud-http.ts).
import { cloudStaffContext, staffHttpMain, wechatCaller } from '../../server/staff/cloud-http';
import { staffApplicationRoutes } from '../../server/staff/routes';

export const main = staffHttpMain({ open: cloudStaffContext(process.env, staffApplicationRoutes()), callerOpenid: wechatCaller(process.env) });
