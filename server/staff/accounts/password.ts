import { randomBytes } from 'crypto';
import { argon2id, argon2Verify } from 'hash-wasm';

/**
 * Staff passwords at rest: argon2id with OWASP's minimum configuration (Password Storage Cheat Sheet: m = 19 MiB,
 * t = 2, p = 1), a 16-byte random salt per hash, kept as the PHC string (`$argon2id$v=19$m=19456,t=2,p=1$salt$hash`)
 * so the parameters travel with each hash and can be raised later without breaking stored ones. About 100 ms per
 * hash on the development machine (2 cores), measured in test/staff/accounts.test.ts.
 */
export const ARGON2 = { memorySize: 19456, iterations: 2, parallelism: 1, hashLength: 32, saltLength: 16 } as const;

export async function hashPassword(password: string): Promise<string> {
  return argon2id({
    password,
    salt: randomBytes(ARGON2.saltLength),
    memorySize: ARGON2.memorySize,
    iterations: ARGON2.iterations,
    parallelism: ARGON2.parallelism,
    hashLength: ARGON2.hashLength,
    outputType: 'encoded',
  });
}

/** Whether the password matches the stored PHC string; a malformed string matches nothing. */
export async function verifyPassword(password: string, phc: string): Promise<boolean> {
  if (!phc.startsWith('$argon2id$')) return false;
  try {
    return await argon2Verify({ password, hash: phc });
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * Checks a password against a hash nobody's password matches, with the same parameters: an unknown or disabled login
 * costs the same time as a known one, so timing does not tell which logins exist.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummy ??= hashPassword(randomBytes(24).toString('base64'));
  await verifyPassword(password, await dummy);
  return false;
}

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

/** Lower-case letters, upper-case letters, digits, everything else (symbols, Chinese). */
const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

/** Why this password may not be set (plain Chinese, without the field's name), or null when it may. */
export function passwordProblem(password: string, login?: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return `至少 ${PASSWORD_MIN} 位`;
  if (length > PASSWORD_MAX) return `最多 ${PASSWORD_MAX} 位`;
  if (CLASSES.filter((c) => c.test(password)).length < 2) return '不能只用一类字符，请混用字母、数字或符号中的至少两类';
  if (login !== undefined && password.toLowerCase().includes(login.toLowerCase())) return '不能包含登录名';
  return null;
}
