import "server-only";
import { db } from "@/lib/db";
import { stripe } from "./stripe";

/** The person's Stripe customer, created once (a concurrent second one is simply not used). */
export async function ensureCustomer(userId: string) {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, name: true, stripeCustomerId: true },
  });
  if (user.stripeCustomerId) return user.stripeCustomerId;
  const customer = await (
    await stripe()
  ).customers.create({ email: user.email, name: user.name ?? undefined, metadata: { userId } });
  await db().user.updateMany({
    where: { id: userId, stripeCustomerId: null },
    data: { stripeCustomerId: customer.id },
  });
  return (await db().user.findUniqueOrThrow({ where: { id: userId }, select: { stripeCustomerId: true } }))
    .stripeCustomerId!;
}
