import "server-only";
import { addMonths } from "date-fns";
import { ledgerTx, openAccountInTx } from "@/lib/credits";
import { db } from "@/lib/db";

export interface NewUser {
  email: string;
  name?: string | null;
  passwordHash?: string | null;
  timeZone?: string;
  now?: Date;
}

/** Creates a user on the Free plan with a wallet holding this period's 100 credits, atomically. */
export async function createUser({ email, name = null, passwordHash = null, timeZone = "UTC", now = new Date() }: NewUser) {
  const period = { start: now, end: addMonths(now, 1) };
  return ledgerTx(async (tx) => {
    const user = await tx.user.create({
      data: { email: email.toLowerCase(), name, passwordHash, timeZone, plan: "FREE", periodStart: period.start, periodEnd: period.end, createdAt: now },
    });
    await openAccountInTx(tx, { userId: user.id, plan: "FREE", period, now });
    return user;
  });
}

export function getUserByEmail({ email }: { email: string }) {
  return db().user.findUnique({ where: { email: email.toLowerCase() } });
}

export function getUserById({ id }: { id: string }) {
  return db().user.findUnique({ where: { id }, select: { id: true, email: true, name: true, plan: true, timeZone: true } });
}

/** Finds the user behind an OAuth account, linking or creating one by verified email. */
export async function findOrCreateOAuthUser({ provider, providerAccountId, email, name }: { provider: string; providerAccountId: string; email: string; name?: string | null }) {
  const linked = await db().oAuthAccount.findUnique({ where: { provider_providerAccountId: { provider, providerAccountId } }, include: { user: true } });
  if (linked) return linked.user;
  const user = (await getUserByEmail({ email })) ?? (await createUser({ email, name }));
  await db().oAuthAccount.create({ data: { provider, providerAccountId, userId: user.id } });
  return user;
}
