import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "./options";
import { activeSessionUser } from "./sessions";
import { REQUESTED_PATH_HEADER, safeCallbackUrl } from "./requested-path";

/**
 * The signed-in user, re-read from the database with their server-side session on every request: a
 * token whose session was signed out, revoked, idle for a week or 30 days old (or a deleted user's) is
 * worthless. Null when signed out. Cached per request.
 */
export const getSessionUser = cache(async () => {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id || !session.sid) return null;
  return activeSessionUser({ sid: session.sid, userId: id });
});

export type SessionUser = NonNullable<Awaited<ReturnType<typeof getSessionUser>>>;

/** For pages: the signed-in user, or a redirect to sign-in that comes back to the page asked for. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (user) return user;
  const requested = safeCallbackUrl((await headers()).get(REQUESTED_PATH_HEADER), "");
  redirect(requested ? `/sign-in?callbackUrl=${encodeURIComponent(requested)}` : "/sign-in");
}
