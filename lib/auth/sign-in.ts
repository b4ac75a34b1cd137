import "server-only";
import { z } from "zod";
import { consumeRateLimit, resetRateLimit } from "@/lib/security/rate-limit";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "./password";
import { getUserByEmail } from "./queries";

export const SIGN_IN_LIMITS = {
  perEmail: { limit: 5, windowMs: 15 * 60_000 },
  perAddress: { limit: 30, windowMs: 15 * 60_000 },
};

const credentialsSchema = z.object({ email: z.email(), password: z.string().min(1).max(200) });

/** Error messages next-auth hands to the sign-in form; the form maps them to sentences. */
export const SIGN_IN_ERRORS = { invalid: "CredentialsSignin", rateLimited: "RateLimited" } as const;

export class SignInRateLimited extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`${SIGN_IN_ERRORS.rateLimited}:${Math.ceil(retryAfterMs / 60_000)}`);
  }
}

/**
 * Checks an email and password. Attempts are rate limited per email and per client address before
 * the password is even looked at; a success clears the email's counter.
 */
export async function authorizeCredentials(input: unknown, clientAddress: string | null) {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const email = parsed.data.email.toLowerCase();
  const limits: [string, typeof SIGN_IN_LIMITS.perEmail][] = [[`sign-in:email:${email}`, SIGN_IN_LIMITS.perEmail]];
  if (clientAddress) limits.push([`sign-in:address:${clientAddress}`, SIGN_IN_LIMITS.perAddress]);
  for (const [key, rule] of limits) {
    const outcome = await consumeRateLimit(key, rule);
    if (!outcome.allowed) throw new SignInRateLimited(outcome.retryAfterMs);
  }
  const user = await getUserByEmail({ email });
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_PASSWORD_HASH, parsed.data.password);
  if (!user?.passwordHash || !valid) return null;
  await resetRateLimit(`sign-in:email:${email}`);
  return { id: user.id, email: user.email, name: user.name };
}
