import type Stripe from "stripe";
import { recordTransferReversals } from "@/lib/affiliate/transfers";

/** `transfer.reversed`: money of an affiliate's payout came back; it is approved again, once per reversal. */
export async function transferReversed(event: Stripe.Event) {
  await recordTransferReversals((event.data.object as Stripe.Transfer).id);
}
