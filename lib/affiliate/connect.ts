import "server-only";
import type Stripe from "stripe";
import { appUrl, requireMoneyPayouts, stripe } from "@/lib/billing/stripe";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** What Tally keeps of an Express account, as Stripe says it now. */
function stateOf(account: Stripe.Account) {
  return {
    connectDetailsSubmitted: account.details_submitted ?? false,
    transfersEnabled: account.capabilities?.transfers === "active",
  };
}

/**
 * Where the affiliate sets up (or finishes setting up) payouts in money: their Stripe Express account,
 * made once (its idempotency key is the person, so two clicks make one account), and a fresh onboarding
 * link to Stripe's hosted form, which sends them back to Settings › Affiliate.
 */
export async function startPayoutOnboarding({ userId, email }: { userId: string; email: string }) {
  requireMoneyPayouts();
  const affiliate = await db().affiliate.findUnique({ where: { userId } });
  if (!affiliate) throw new AppError("NOT_FOUND", "Join the affiliate program first.");
  const client = await stripe();
  let accountId = affiliate.connectAccountId;
  if (!accountId) {
    const account = await client.accounts.create(
      { type: "express", email, capabilities: { transfers: { requested: true } }, metadata: { userId } },
      { idempotencyKey: `connect-account:${userId}` },
    );
    await db().affiliate.updateMany({
      where: { userId, connectAccountId: null },
      data: { connectAccountId: account.id, ...stateOf(account) },
    });
    accountId = (await db().affiliate.findUniqueOrThrow({ where: { userId } })).connectAccountId!;
  }
  // Back to the payouts card either way: done, left early, or the link expired (a new one is a click away).
  const back = `${appUrl()}/settings/affiliate#payouts`;
  const link = await client.accountLinks.create({
    account: accountId,
    type: "account_onboarding",
    refresh_url: back,
    return_url: back,
  });
  return { redirectUrl: link.url };
}

/** Reads the affiliate's Express account at Stripe again (`account.updated`, their return, "Check again"). */
export async function syncConnectAccount(accountId: string) {
  const account = await (await stripe()).accounts.retrieve(accountId);
  await db().affiliate.updateMany({ where: { connectAccountId: accountId }, data: stateOf(account) });
  return stateOf(account);
}
