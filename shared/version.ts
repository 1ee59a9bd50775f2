/** The rules' own version: bump when a formula changes (parameter changes show in the params hash). */
export const RULESET_VERSION = '2026.11.1';
