import { hash, verify } from "@node-rs/argon2";

// Argon2id with OWASP's recommended memory cost (19 MiB, 2 passes).
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string) {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string) {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verifying against this when the email is unknown keeps response times alike for both cases. */
export const DUMMY_PASSWORD_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$AmwvDu+ZovtvP2MOEAoztw$nep68l83xPTRKZlHiNY16DAhB7tiL/uQZPiOxB9Ci+4";
