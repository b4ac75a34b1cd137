import type Stripe from "stripe";
import { syncConnectAccount } from "@/lib/affiliate/connect";
import { db } from "@/lib/db";

/** `account.updated` (Connect): an affiliate's Express account changed; Tally reads it again from Stripe. */
export async function accountUpdated(event: Stripe.Event) {
  const { id } = event.data.object as Stripe.Account;
  if (await db().affiliate.findUnique({ where: { connectAccountId: id }, select: { userId: true } }))
    await syncConnectAccount(id);
}
