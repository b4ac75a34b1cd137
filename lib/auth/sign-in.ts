import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { DEMO_ACCOUNT } from "@/lib/demo";
import { env, isMachineLocal } from "@/lib/env";
import { consumeRateLimit, refundRateLimit, resetRateLimit, type RateLimitRule } from "@/lib/security/rate-limit";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "./password";
import { getUserByEmail } from "./queries";

/**
 * Per address and email, and per address: a stranger guessing or spraying is slowed, and locks out only
 * their own address, never the owner, who still signs in from theirs. The per-email limit across all
 * addresses is high enough that one address cannot reach it (5 per 15 minutes is 20 an hour) and stops a
 * guess spread over a few; without a known address (plain `next start`) it is the only one. An address the
 * owner signed in from before (in the last 90 days) is not held to it, so guesses spread over many addresses
 * cannot lock the owner out either.
 */
export const SIGN_IN_LIMITS = {
  perAddressAndEmail: { limit: 5, windowMs: 15 * 60_000 },
  perAddress: { limit: 20, windowMs: 15 * 60_000 },
  perEmail: { limit: 50, windowMs: 60 * 60_000 },
};

/** How long an address the owner signed in from stays exempt from the per-email limit. */
const KNOWN_ADDRESS_DAYS = 90;

const addressHash = (address: string) => createHash("sha256").update(address).digest("hex");

/** Whether the account's owner signed in from this address lately (the address itself is stored only hashed). */
async function isKnownAddress(userId: string | undefined, address: string, now: Date) {
  if (!userId) return false;
  const known = await db().knownSignInAddress.findUnique({
    where: { userId_addressHash: { userId, addressHash: addressHash(address) } },
  });
  return known !== null && known.lastSeenAt.getTime() > now.getTime() - KNOWN_ADDRESS_DAYS * 86_400_000;
}

const credentialsSchema = z.object({ email: z.email(), password: z.string().min(1).max(200) });

/** Error messages next-auth hands to the sign-in form; the form maps them to sentences. */
export const SIGN_IN_ERRORS = { invalid: "CredentialsSignin", rateLimited: "RateLimited" } as const;

export class SignInRateLimited extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`${SIGN_IN_ERRORS.rateLimited}:${Math.ceil(retryAfterMs / 60_000)}`);
  }
}

/**
 * Checks an email and password. Attempts are counted against SIGN_IN_LIMITS before the password is even
 * looked at (so concurrent guesses cannot overshoot); a success gives its attempt back and clears its
 * address's count for that email, so only failures add up: an office behind one address signs in freely.
 */
export async function authorizeCredentials(input: unknown, clientAddress: string | null, now = new Date()) {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const email = parsed.data.email.toLowerCase();
  // The demo account's password is published (README, sign-in page): it is a key only on this machine. A
  // database seeded by a local run and later served publicly must not let anyone in with it.
  const demoElsewhere = email === DEMO_ACCOUNT.email && !isMachineLocal(env());
  const user = demoElsewhere ? null : await getUserByEmail({ email });
  const known = clientAddress !== null && (await isKnownAddress(user?.id, clientAddress, now));
  const limits: [string, RateLimitRule][] = clientAddress
    ? [
        [`sign-in:address:${clientAddress}`, SIGN_IN_LIMITS.perAddress],
        [`sign-in:address-email:${clientAddress}:${email}`, SIGN_IN_LIMITS.perAddressAndEmail],
      ]
    : [];
  if (!known) limits.push([`sign-in:email:${email}`, SIGN_IN_LIMITS.perEmail]);
  for (const [key, rule] of limits) {
    const outcome = await consumeRateLimit(key, rule, now);
    if (!outcome.allowed) throw new SignInRateLimited(outcome.retryAfterMs);
  }
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_PASSWORD_HASH, parsed.data.password);
  if (!user?.passwordHash || !valid) return null;
  if (!known) await refundRateLimit(`sign-in:email:${email}`);
  if (clientAddress) {
    await refundRateLimit(`sign-in:address:${clientAddress}`);
    await resetRateLimit(`sign-in:address-email:${clientAddress}:${email}`);
    const key = { userId: user.id, addressHash: addressHash(clientAddress) };
    await db().knownSignInAddress.upsert({
      where: { userId_addressHash: key },
      create: { ...key, lastSeenAt: now },
      update: { lastSeenAt: now },
    });
  }
  return { id: user.id, email: user.email, name: user.name };
}
