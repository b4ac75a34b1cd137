/** Set by proxy.ts on every page request (overwriting whatever the client sent): the path and query asked for. */
export const REQUESTED_PATH_HEADER = "x-tally-requested-path";

/** The signed-in parts of the app a sign-in may return to (app/(app)/* and the test-mode checkout pages). */
export const RETURN_PATHS = ["/chat", "/images", "/video", "/council", "/agents", "/settings", "/billing"] as const;

// Any origin would do: only whether the value stays on it matters.
const ORIGIN = "https://tally.invalid";

/**
 * Where to go after signing in: a path of the app's own, or `fallback`. Parsed, never matched by prefix:
 * browsers drop tab, CR and LF inside a URL and read `\` as `/`, so `/\t/evil.example` or `/\evil.example`
 * would become `//evil.example`, another site. Control characters and backslashes are refused outright; what
 * is left must resolve on the app's origin to one of RETURN_PATHS (or below it).
 */
export function safeCallbackUrl(value: string | string[] | null | undefined, fallback = "/chat") {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2048) return fallback;

  if (/[\u0000-\u001f\u007f\\]/.test(value) || /%(0[0-9a-f]|1[0-9a-f]|7f|5c)/i.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== ORIGIN || url.username || url.password) return fallback;
  const allowed = RETURN_PATHS.some((path) => url.pathname === path || url.pathname.startsWith(`${path}/`));
  // Encoded slashes would reach a page as one segment that a later hop may decode into "//".
  if (!allowed || /%2f/i.test(url.pathname) || url.pathname.includes("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
