import type { NextApiRequest, NextApiResponse } from "next";
import NextAuth from "next-auth";
import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it } from "vitest";

const SECRET = "unit-secret-unit-secret-unit-secret-0123";
process.env.NEXTAUTH_SECRET = SECRET;
const { authOptions } = await import("./options");

afterEach(() => {
  delete process.env.NEXTAUTH_URL;
});

/**
 * Asks next-auth, with the app's own options, for the session of a valid token; it answers by
 * re-issuing the session cookie. (Its Node handler: the App Router one reads cookies through
 * next/headers, which needs a live request.)
 */
async function sessionCookieFor(publicUrl: string) {
  process.env.NEXTAUTH_URL = publicUrl;
  const name = publicUrl.startsWith("https:") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
  const token = await encode({ token: { sub: "user-1", email: "ada@example.test" }, secret: SECRET });
  const headers = new Map<string, unknown>();
  let body: unknown;
  const response = {
    status: () => response,
    getHeader: (key: string) => headers.get(key.toLowerCase()),
    setHeader: (key: string, value: unknown) => (headers.set(key.toLowerCase(), value), response),
    send: (value: unknown) => void (body = value),
  };
  const request = { method: "GET", query: { nextauth: ["session"] }, cookies: { [name]: token }, headers: {} };
  await NextAuth(request as unknown as NextApiRequest, response as unknown as NextApiResponse, authOptions());
  expect(body).toMatchObject({ user: { id: "user-1" } });
  return (headers.get("set-cookie") as string[]).find((cookie) => cookie.startsWith(`${name}=`));
}

describe("the session cookie", () => {
  it("is __Secure-, Secure, HttpOnly and SameSite=Lax when the app is served over HTTPS", async () => {
    const cookie = await sessionCookieFor("https://tally.example");
    expect(cookie).toMatch(/^__Secure-next-auth\.session-token=[^;]+; /);
    expect(cookie).toContain("; Path=/");
    expect(cookie).toContain("; HttpOnly");
    expect(cookie).toContain("; Secure");
    expect(cookie).toContain("; SameSite=Lax");
  });

  it("drops only Secure over plain HTTP (local use), staying HttpOnly and SameSite=Lax", async () => {
    const cookie = await sessionCookieFor("http://localhost:3000");
    expect(cookie).toContain("; HttpOnly");
    expect(cookie).toContain("; SameSite=Lax");
    expect(cookie).not.toContain("; Secure");
  });
});
