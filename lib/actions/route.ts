import "server-only";
import { z } from "zod";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import type { ErrorCode } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/security/rate-limits";
import { parseInput, run, type ActionPolicy } from "./action";

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  INVALID_INPUT: 400,
  NOT_FOUND: 404,
  INSUFFICIENT_CREDITS: 402,
  REQUEST_IN_PROGRESS: 409,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  PROVIDER_FAILED: 502,
  BILLING_DISABLED: 503,
  INTERNAL: 500,
};

/** An error as JSON with its HTTP status; a rate-limited call also says when to retry (`Retry-After`). */
export function errorResponse(result: { code: ErrorCode; message: string; details?: Record<string, unknown> }) {
  const retryAfter = result.details?.retryAfterSeconds;
  return Response.json(
    { ok: false, ...result },
    { status: STATUS[result.code] ?? 500, headers: typeof retryAfter === "number" ? { "Retry-After": String(retryAfter) } : undefined },
  );
}

/**
 * The route-handler twin of `authedAction` for what a server action cannot do (streaming, files):
 * session, the declared rate limit, zod-validated JSON body, and errors as `{ ok: false, code, message }`
 * with an HTTP status.
 */
export function authedRoute<S extends z.ZodType>(
  schema: S,
  handler: (input: z.infer<S>, context: { user: SessionUser; request: Request }) => Promise<Response>,
  { rateLimit }: ActionPolicy,
) {
  return async (request: Request): Promise<Response> => {
    const user = await getSessionUser();
    if (!user) return errorResponse({ code: "UNAUTHENTICATED", message: "Your session has ended. Please sign in again." });
    const result = await run(async () => {
      await enforceRateLimit(rateLimit, user.id);
      const body = await request.json().catch(() => undefined);
      return handler(parseInput(schema, body), { user, request });
    });
    return result.ok ? result.data : errorResponse(result);
  };
}

