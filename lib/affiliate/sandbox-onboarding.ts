import "server-only";
import { sandboxEmulator } from "@/lib/billing/sandbox/instance";
import { db } from "@/lib/db";

/**
 * Test mode's onboarding link, if it is still open and is for the signed-in person's own Express account
 * (a link is a bearer URL at Stripe; here it is also tied to the session, so a copied link is no use).
 */
export async function sandboxOnboardingOf(linkId: string, userId: string) {
  const link = await sandboxEmulator().connect.onboardingLink(linkId);
  if (!link) return null;
  const affiliate = await db().affiliate.findUnique({ where: { userId }, select: { connectAccountId: true } });
  return affiliate?.connectAccountId === link.account ? link : null;
}
