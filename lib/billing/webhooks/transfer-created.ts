import type Stripe from "stripe";
import { recordTransfer } from "@/lib/affiliate/transfers";

/** `transfer.created`: an affiliate's payout reached Stripe (re-read), in case Tally's own answer was lost. */
export async function transferCreated(event: Stripe.Event) {
  await recordTransfer((event.data.object as Stripe.Transfer).id);
}
