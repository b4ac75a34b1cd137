import "server-only";
import { billingMode, stripe } from "@/lib/billing/stripe";
import { closeAccountInTx, ledgerTx } from "@/lib/credits";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send";
import { log } from "@/lib/log";
import { AppError } from "@/lib/errors";

/** The address a deleted account keeps: unique, and no mail server will ever accept it. */
export const deletedEmail = (userId: string) => `deleted-${userId}@deleted.invalid`;

/**
 * Deletes the person's account. Stripe first — an active subscription is cancelled and the customer's
 * email and name removed — so a Stripe failure leaves the account as it was. Then, in one transaction:
 * conversations and messages, agents, media, council runs, sessions, links, OAuth links and emails to
 * the person are deleted; what is left of their credits expires; the user row keeps only what the
 * money records need (its id, Stripe customer id, plan history through the ledger, usage events and
 * payments), with the email, name and password gone. Nobody can sign in to it again. A goodbye email
 * confirms it; its outbox row is erased once sent (or after a day unsent), so it keeps no address either.
 */
export async function deleteAccount({ userId, now = new Date() }: { userId: string; now?: Date }) {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, stripeCustomerId: true, subscription: { select: { stripeSubscriptionId: true } } },
  });
  if (user.subscription && billingMode() === "off") {
    // Fail closed: deleting the account must never leave a subscription charging a card.
    throw new AppError(
      "BILLING_DISABLED",
      "Your plan can't be cancelled while payments are off on this server, so the account can't be deleted yet. Contact support.",
    );
  }
  if (user.stripeCustomerId && billingMode() !== "off") {
    const client = await stripe();
    if (user.subscription) {
      const subscription = await client.subscriptions.retrieve(user.subscription.stripeSubscriptionId);
      if (subscription.status !== "canceled") await client.subscriptions.cancel(subscription.id);
    }
    await client.customers.update(user.stripeCustomerId, {
      email: "",
      name: "",
      metadata: { userId, deleted: "true" },
    });
  }
  await ledgerTx(async (tx) => {
    await tx.conversation.deleteMany({ where: { userId } });
    await tx.agent.deleteMany({ where: { userId } });
    await tx.media.deleteMany({ where: { userId } });
    await tx.councilRun.deleteMany({ where: { userId } });
    await tx.authSession.deleteMany({ where: { userId } });
    await tx.knownSignInAddress.deleteMany({ where: { userId } });
    // An affiliate's earnings are money records and stay; who clicked their link does not.
    await tx.affiliateClick.deleteMany({ where: { affiliateId: userId } });
    await tx.accountToken.deleteMany({ where: { userId } });
    await tx.oAuthAccount.deleteMany({ where: { userId } });
    await tx.emailOutbox.deleteMany({ where: { to: user.email } });
    // Cancelled above; its late webhooks find no row and change nothing.
    await tx.subscription.deleteMany({ where: { userId } });
    await tx.paymentProblem.updateMany({ where: { userId, resolvedAt: null }, data: { resolvedAt: now } });
    await closeAccountInTx(tx, { userId, now });
    await tx.user.update({
      where: { id: userId },
      data: {
        email: deletedEmail(userId),
        name: null,
        passwordHash: null,
        referralCode: null,
        emailVerifiedAt: null,
        lowBalanceThreshold: null,
        plan: "FREE",
        deletedAt: now,
      },
    });
  });
  // The account is gone either way: a goodbye the outbox cannot take is logged, not reported as a failure.
  await sendEmail({
    to: user.email,
    subject: "Your Tally account was deleted",
    eraseAfterSend: true,
    heading: "Your account was deleted",
    paragraphs: [
      "Your Tally account, its conversations, agents, images, videos and Council runs are gone, and any plan was cancelled: you will not be charged again.",
      "Records of payments and of credits used are kept without your name or email, as the law asks of a business. This is the last email you get from Tally.",
    ],
    footnote: "If you did not delete your account, contact support at once.",
  }).catch((error: unknown) => log.error({ err: error, userId }, "goodbye email could not be written"));
}
