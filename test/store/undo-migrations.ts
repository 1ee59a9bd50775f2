/**
 * What migration 9 (issue 17: every list's index in its order, with the id tie-break) changed, put back as it was: a
 * file of version 8.
 */
export const UNDO_VERSION_9 = `
  DROP INDEX applications_filer; CREATE INDEX applications_filer ON applications(filer_openid, created_at);
  DROP INDEX applications_principal; CREATE INDEX applications_principal ON applications(principal_id_hash, created_at);
  DROP INDEX applications_principal_queue; DROP INDEX applications_created; DROP INDEX applications_queue_all;
  CREATE INDEX applications_status ON applications(status, created_at);
  DROP INDEX applications_office_queue; CREATE INDEX applications_office_queue ON applications(office_region, status, queue_key, id);
  DROP INDEX applications_office_area_queue;
  CREATE INDEX applications_office_area_queue ON applications(office_region, office_area, status, queue_key, id);
  DROP INDEX applications_office_all; DROP INDEX applications_office_area_all;
  DROP INDEX applications_number; DROP INDEX applications_principal_phone; DROP INDEX applications_agent_phone;
  DROP INDEX family_members_openid; CREATE INDEX family_members_openid ON family_members(openid, created_at);
  DROP INDEX materials_application; CREATE INDEX materials_application ON materials(application_id, uploaded_at);
  DROP INDEX materials_uploader; CREATE INDEX materials_uploader ON materials(uploaded_by);
  DROP INDEX identity_claims_openid; CREATE INDEX identity_claims_openid ON identity_claims(openid);
  DROP INDEX veteran_payments_year; CREATE INDEX veteran_payments_year ON veteran_payments(id_hash, year, date);
  DROP INDEX identity_bindings_openid; CREATE INDEX identity_bindings_openid ON identity_bindings(openid, created_at);
  DROP INDEX identity_bindings_person; CREATE INDEX identity_bindings_person ON identity_bindings(id_hash, created_at);
  DROP INDEX staff_access_log_at; DROP INDEX staff_access_log_region; DROP INDEX staff_access_log_area;
  DROP INDEX staff_users_region; DROP INDEX staff_users_area;
`;

/**
 * What migration 8 (issue 16: the staff account audit, the session expiry index) added, taken away again: a file of
 * version 7.
 */
export const UNDO_VERSION_8 = `
  DROP TABLE staff_account_audit; DROP INDEX staff_sessions_expires;
`;

/**
 * What migrations 6 to 9 (issue 16: the handling office, staff accounts, their audit; issue 17: the list indexes)
 * changed, taken away again: a file of version 5. Tests that wind a file further back run this first (indexes on columns an older undo drops must go
 * before it).
 */
export const UNDO_VERSIONS_6_7 = `
  ${UNDO_VERSION_9}
  ${UNDO_VERSION_8}
  DROP TABLE staff_access_log; DROP TABLE staff_sessions; DROP TABLE staff_users;
  DROP INDEX applications_office_queue; DROP INDEX applications_office_area_queue;
  ALTER TABLE applications DROP COLUMN office_region; ALTER TABLE applications DROP COLUMN office_area;
`;
