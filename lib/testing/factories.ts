import { randomUUID } from "node:crypto";
import { createUser } from "@/lib/auth/queries";

/** A new Free-plan user with a verified email and 100 credits (or, unverified, none yet); unique per call. */
export function makeUser(options: { now?: Date; emailVerified?: boolean } = {}) {
  return createUser({ email: `user-${randomUUID()}@example.test`, name: "Test User", emailVerified: true, ...options });
}
