import { cookies } from "next/headers";
import { REFERRAL_COOKIE } from "@/lib/billing/referral-cookie";

/** A referral link: remembers the code for 30 days and sends the visitor to sign up. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const code = (await params).code.toUpperCase();
  if (/^[A-Z0-9]{4,16}$/.test(code)) {
    (await cookies()).set(REFERRAL_COOKIE, code, {
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production" && new URL(request.url).protocol === "https:",
      maxAge: 30 * 24 * 60 * 60,
      path: "/",
    });
  }
  return Response.redirect(new URL(`/sign-up?ref=${encodeURIComponent(code)}`, request.url), 307);
}
