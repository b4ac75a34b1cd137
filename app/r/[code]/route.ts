import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { AFFILIATE_TERMS } from "@/config/affiliate";
import { recordClick, viaOf } from "@/lib/affiliate/clicks";
import { REFERRAL_COOKIE, REFERRAL_VIA_COOKIE, VISITOR_COOKIE } from "@/lib/billing/referral-cookie";
import { clientAddress } from "@/lib/security/client-address";
import { consumeRateLimit } from "@/lib/security/rate-limit";

const DAY_SECONDS = 24 * 60 * 60;

/**
 * A referral (or affiliate) link: remembers the code, and the `via` sub-id, for the attribution window
 * (the last click wins), counts the click for an affiliate, and sends the visitor to sign up. One address
 * can make only so many counted clicks an hour: a script minting visitors cannot fill the table.
 */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const code = (await params).code.toUpperCase();
  if (/^[A-Z0-9]{4,16}$/.test(code)) {
    const jar = await cookies();
    const url = new URL(request.url);
    const via = viaOf(url.searchParams.get("via"));
    const cookie = {
      httpOnly: true,
      sameSite: "lax" as const,
      secure: process.env.NODE_ENV === "production" && url.protocol === "https:",
      maxAge: AFFILIATE_TERMS.attributionDays * DAY_SECONDS,
      path: "/",
    };
    jar.set(REFERRAL_COOKIE, code, cookie);
    if (via) jar.set(REFERRAL_VIA_COOKIE, via, cookie);
    else jar.delete(REFERRAL_VIA_COOKIE);
    const known = jar.get(VISITOR_COOKIE)?.value;
    const visitorId = known && /^[\w-]{22}$/.test(known) ? known : randomBytes(16).toString("base64url");
    jar.set(VISITOR_COOKIE, visitorId, { ...cookie, maxAge: 365 * DAY_SECONDS });
    const address = clientAddress(request.headers.get("x-forwarded-for")) ?? "unknown";
    const { allowed } = await consumeRateLimit(`affiliate-click:${address}`, { limit: 60, windowMs: 60 * 60_000 });
    if (allowed) await recordClick({ code, visitorId, via, headers: request.headers });
  }
  return Response.redirect(new URL(`/sign-up?ref=${encodeURIComponent(code)}`, request.url), 307);
}
