import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { getSessionUser } from "@/lib/auth/session";

type Context = { params: Promise<{ nextauth: string[] }> };

const handler = (request: Request, context: Context) => NextAuth(authOptions())(request, context);

/**
 * next-auth answers /api/auth/session from the token alone; a token whose server-side session has ended
 * (signed out, revoked, expired) gets the empty session a signed-out visitor gets.
 */
async function GET(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "session" && !(await getSessionUser())) return Response.json({});
  return handler(request, context);
}

export { GET, handler as POST };
