import "server-only";
import { db } from "@/lib/db";

/** The newest emails in the outbox (the local Outbox page), to one address if given. */
export function getRecentEmails({ limit, to }: { limit: number; to?: string }) {
  return db().emailOutbox.findMany({
    where: to ? { to: to.toLowerCase() } : {},
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      to: true,
      subject: true,
      body: true,
      createdAt: true,
      sentAt: true,
      failedAt: true,
      attempts: true,
      lastError: true,
    },
  });
}
