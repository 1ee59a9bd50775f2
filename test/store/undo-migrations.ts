/**
 * What migrations 6 and 7 (issue 16: the handling office, staff accounts) added, taken away again: a file of version
 * 5. Tests that wind a file further back run this first (indexes on columns an older undo drops must go before it).
 */
export const UNDO_VERSIONS_6_7 = `
  DROP TABLE staff_access_log; DROP TABLE staff_sessions; DROP TABLE staff_users;
  DROP INDEX applications_office_queue; DROP INDEX applications_office_area_queue;
  ALTER TABLE applications DROP COLUMN office_region; ALTER TABLE applications DROP COLUMN office_area;
`;
