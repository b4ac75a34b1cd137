import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/security/client-address";
import { findOrCreateOAuthUser } from "./queries";
import { safeCallbackUrl } from "./requested-path";
import { revokeSession, startSession } from "./sessions";
import { authorizeCredentials } from "./sign-in";

export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

function buildAuthOptions(): NextAuthOptions {
  const config = env();
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: (credentials, request) => {
        const forwarded = request.headers?.["x-forwarded-for"];
        return authorizeCredentials(credentials, clientAddress(typeof forwarded === "string" ? forwarded : null));
      },
    }),
  ];
  if (config.GITHUB_ID && config.GITHUB_SECRET) {
    providers.push(GitHubProvider({ clientId: config.GITHUB_ID, clientSecret: config.GITHUB_SECRET }));
  }
  if (config.GOOGLE_CLIENT_ID && config.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: config.GOOGLE_CLIENT_ID, clientSecret: config.GOOGLE_CLIENT_SECRET }));
  }
  return {
    secret: config.NEXTAUTH_SECRET,
    // Credentials sign-in requires JWT sessions; the user row is re-read wherever data is served.
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 24 * 60 * 60 },
    pages: { signIn: "/sign-in" },
    providers,
    callbacks: {
      // After OAuth and sign-out: back to the app's own pages only (lib/auth/requested-path.ts).
      async redirect({ url, baseUrl }) {
        const path = url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
        return `${baseUrl}${path === "/sign-in" ? path : safeCallbackUrl(path)}`;
      },
      async signIn({ account, profile }) {
        // Only link OAuth identities whose email the provider has verified.
        if (account?.provider === "google")
          return (profile as { email_verified?: boolean } | undefined)?.email_verified === true;
        return true;
      },
      async jwt({ token, user, account, profile }) {
        if (account && account.provider !== "credentials") {
          const email = profile?.email ?? user?.email;
          if (!email) throw new Error("The provider did not share an email address.");
          const linked = await findOrCreateOAuthUser({
            provider: account.provider,
            providerAccountId: account.providerAccountId,
            email,
            name: profile?.name ?? user?.name,
          });
          token.sub = linked.id;
        } else if (user) {
          token.sub = user.id;
        }
        // A sign-in: the token names its server-side session, which every request checks (lib/auth/sessions.ts).
        if (user && token.sub)
          token.sid = await startSession({ userId: token.sub, userAgent: (await headers()).get("user-agent") });
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.sub) session.user.id = token.sub;
        if (token.sid) session.sid = token.sid;
        return session;
      },
    },
    events: {
      // Signing out ends the session on the server too: a copy of the cookie no longer signs anything.
      async signOut({ token }) {
        if (token?.sid) await revokeSession({ sid: token.sid });
      },
    },
  };
}

let cached: NextAuthOptions | undefined;
export function authOptions(): NextAuthOptions {
  cached ??= buildAuthOptions();
  return cached;
}

export function enabledOAuthProviders() {
  const config = env();
  return [
    ...(config.GITHUB_ID ? [{ id: "github", name: "GitHub" }] : []),
    ...(config.GOOGLE_CLIENT_ID ? [{ id: "google", name: "Google" }] : []),
  ];
}
