import { randomUUID } from "node:crypto";
import { createUser } from "@/lib/auth/queries";

/** A new Free-plan user with 100 credits; unique per call. */
export function makeUser(options: { now?: Date } = {}) {
  return createUser({ email: `user-${randomUUID()}@example.test`, name: "Test User", ...options });
}
