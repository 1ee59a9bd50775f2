/**
 * How large a staff API body may be, by route. A JSON body of the console is small (64 KB is far above any); the
 * veteran import routes carry the list itself, Base64 in JSON: a file of up to VETERAN_CONSOLE_FILE_BYTES is 4/3 of
 * that as Base64, plus a margin for the rest of the JSON. Decided from the path alone, so the gateway, the cloud
 * adapter and the router apply the same figure before any body is read.
 */
export const STAFF_JSON_BODY_LIMIT = 64 * 1024;

/**
 * The largest list the console takes: 6 MB holds about 130,000 rows as XLSX or 85,000 as CSV (server/veteran/import/
 * limits.ts measures 4.5 MB and 7 MB for 100,000), above any county's list; a larger file goes through the CLI
 * (20 MB) or is split by 乡（镇）.
 */
export const VETERAN_CONSOLE_FILE_BYTES = 6 * 1024 * 1024;

/** 8,454,144 bytes: the Base64 of a 6 MB file (8 MB) plus 64 KB. */
export const VETERAN_IMPORT_BODY_LIMIT = Math.ceil(VETERAN_CONSOLE_FILE_BYTES / 3) * 4 + STAFF_JSON_BODY_LIMIT;

const IMPORT_PATH = /^\/staff\/api\/veteran\/imports\/(preview|commit)$/;

/** The body limit of one request, from its method and its path (below /staff/api, still percent-encoded). */
export function staffBodyLimit(method: string, path: string): number {
  return method.toUpperCase() === 'POST' && IMPORT_PATH.test(path.split('?')[0]) ? VETERAN_IMPORT_BODY_LIMIT : STAFF_JSON_BODY_LIMIT;
}

export const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB` : `${Math.round(bytes / 1024)} KB`);
