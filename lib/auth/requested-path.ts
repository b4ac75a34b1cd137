/** Set by proxy.ts on every page request (overwriting whatever the client sent): the path and query asked for. */
export const REQUESTED_PATH_HEADER = "x-tally-requested-path";

/** Only same-site paths: an absolute or protocol-relative URL could send people to another site. */
export function safeCallbackUrl(value: string | string[] | null | undefined, fallback = "/chat") {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : fallback;
}
