import { makeUser } from "./factories";

/**
 * A stand-in for `@/lib/auth/session` in tests of actions and routes. Use with
 * `vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"))`.
 */
let current: {
  id: string;
  email: string;
  name: string | null;
  plan: "FREE";
  timeZone: string;
  emailVerifiedAt: Date | null;
  sessionId: string;
} | null = null;

export async function getSessionUser() {
  return current;
}

export async function requireUser() {
  if (!current) throw new Error("test: no session");
  return current;
}

export function signOut() {
  current = null;
}

/** Creates a new Free user (100 credits) and makes it the session user. */
export async function signInAsNewUser() {
  const user = await makeUser();
  current = {
    id: user.id,
    email: user.email,
    name: user.name,
    plan: "FREE",
    timeZone: "UTC",
    emailVerifiedAt: user.emailVerifiedAt,
    sessionId: "test-session",
  };
  return user;
}

export function signInAs(user: { id: string; email: string; name: string | null; emailVerifiedAt?: Date | null }) {
  current = {
    ...user,
    plan: "FREE",
    timeZone: "UTC",
    emailVerifiedAt: user.emailVerifiedAt ?? new Date(),
    sessionId: "test-session",
  };
}

/** Names the stand-in session after a real AuthSession row (for actions that keep "this device" signed in). */
export function setTestSessionId(sessionId: string) {
  if (current) current = { ...current, sessionId };
}
