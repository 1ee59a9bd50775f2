import { STAFF_APPLICATION_ROUTES } from './applications';
import type { StaffRoute } from './route';
import { VETERAN_ROUND_ROUTES } from './veteran/round';
import { STAFF_IDENTITY_ROUTES } from './identity';
import { STAFF_VETERAN_ROUTES } from './veteran/import-routes';

/** The application routes of the staff API (server/staff/applications), as the gateway and the function serve them. */
export function staffApplicationRoutes(): readonly StaffRoute[] {
  return [...STAFF_APPLICATION_ROUTES, ...STAFF_IDENTITY_ROUTES, ...VETERAN_ROUND_ROUTES, ...STAFF_VETERAN_ROUTES];
}
