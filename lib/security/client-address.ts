import { env } from "@/lib/env";

/**
 * The client's address for rate limits. X-Forwarded-For can be set by anyone, so it is trusted only
 * behind a proxy that overwrites it (TRUST_PROXY=1); otherwise null, and per-address limits are skipped
 * (per-email limits still apply).
 */
export function clientAddress(forwardedFor: string | null | undefined): string | null {
  if (!env().TRUST_PROXY) return null;
  return forwardedFor?.split(",")[0]?.trim() || null;
}
