import { NextResponse, type NextRequest } from "next/server";
import { REQUESTED_PATH_HEADER } from "@/lib/auth/requested-path";

/**
 * Tells the server components which address was asked for, so that a signed-out visitor is sent to sign
 * in and then back to that address. Nothing else: sessions are checked where data is read, never here.
 */
export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  url.searchParams.delete("_rsc"); // Next's cache-busting parameter on client navigations, not part of the address
  const headers = new Headers(request.headers);
  headers.set(REQUESTED_PATH_HEADER, url.pathname + url.search);
  return NextResponse.next({ request: { headers } });
}

// Pages only: not the API, Next's own files or static files (names with a dot).
export const config = { matcher: ["/((?!api/|_next/|.*\\.).*)"] };
