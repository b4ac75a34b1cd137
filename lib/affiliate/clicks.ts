import "server-only";
import { createHash } from "node:crypto";
import { isbot } from "isbot";
import { db, isUniqueViolation } from "@/lib/db";

/** A sub-id from `/r/CODE?via=…`, for the affiliate's own reporting: short, lowercase, letters, digits, - and _. */
export function viaOf(value: string | null) {
  const via = value?.trim().toLowerCase() ?? "";
  return /^[a-z0-9_-]{1,32}$/.test(via) ? via : null;
}

/** Browsers' prefetches and prerenders are not a person clicking. */
function isPrefetch(headers: Headers) {
  const purpose = `${headers.get("sec-purpose") ?? ""} ${headers.get("purpose") ?? ""}`.toLowerCase();
  return purpose.includes("prefetch") || purpose.includes("prerender") || headers.has("next-router-prefetch");
}

/**
 * Counts a click on an affiliate's link once per visitor per UTC day: the visitor is a random cookie, stored
 * only as its hash, and the (affiliate, day, visitor) row is unique, so a click never writes more than one
 * row. Known bots and prefetches are not counted. Returns whether this click was counted.
 */
export async function recordClick({
  code,
  visitorId,
  via,
  headers,
  now = new Date(),
}: {
  code: string;
  visitorId: string;
  via: string | null;
  headers: Headers;
  now?: Date;
}) {
  if (isbot(headers.get("user-agent")) || isPrefetch(headers)) return false;
  const affiliate = await db().user.findUnique({
    where: { referralCode: code },
    select: { affiliate: { select: { userId: true } } },
  });
  if (!affiliate?.affiliate) return false;
  try {
    await db().affiliateClick.create({
      data: {
        affiliateId: affiliate.affiliate.userId,
        day: now.toISOString().slice(0, 10),
        visitorHash: createHash("sha256").update(visitorId).digest("hex"),
        via,
        createdAt: now,
      },
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
