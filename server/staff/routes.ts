import { STAFF_APPLICATION_ROUTES } from './applications';
import type { StaffRoute } from './route';

/** The application routes of the staff API (server/staff/applications), as the gateway and the function serve them. */
export function staffApplicationRoutes(): readonly StaffRoute[] {
  return STAFF_APPLICATION_ROUTES;
}
