import { env } from "@/lib/env";

declare global {
  /** Set by lib/cli/serve.mjs: X-Forwarded-For was overwritten with the connection's own address. */
  var tallyClientAddressFromSocket: boolean | undefined;
}

/**
 * The client's address for rate limits, from X-Forwarded-For, which only means something when this server
 * wrote it: behind a proxy that overwrites it (TRUST_PROXY=1, its first entry), or served by
 * lib/cli/serve.mjs (`npm start`), which replaces it with the connection's address. Plain `next start` keeps
 * whatever a client sends, so there it is null and per-address limits are off (start-up says so).
 */
export function clientAddress(forwardedFor: string | null | undefined): string | null {
  if (!clientAddressKnown()) return null;
  const first = forwardedFor?.split(",")[0]?.trim();
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d.
  return first ? first.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "") : null;
}

/** True when per-address limits work (see clientAddress). */
export function clientAddressKnown() {
  return env().TRUST_PROXY || Boolean(globalThis.tallyClientAddressFromSocket);
}
