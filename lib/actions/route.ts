import "server-only";
import { z } from "zod";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { AppError, type ErrorCode } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/security/rate-limits";
import { parseInput, run, type ActionPolicy } from "./action";

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  INVALID_INPUT: 400,
  TOO_LARGE: 413,
  NOT_FOUND: 404,
  INSUFFICIENT_CREDITS: 402,
  EMAIL_UNVERIFIED: 403,
  // The person's own limits refuse the charge: payment is what is missing, as for a short balance.
  SPEND_CAP_REACHED: 402,
  DAILY_CAP_REACHED: 402,
  REQUEST_IN_PROGRESS: 409,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  PROVIDER_FAILED: 502,
  BILLING_DISABLED: 503,
  PAYOUTS_DISABLED: 503,
  INTERNAL: 500,
};

/** An error as JSON with its HTTP status; a rate-limited call also says when to retry (`Retry-After`). */
export function errorResponse(result: { code: ErrorCode; message: string; details?: Record<string, unknown> }) {
  const retryAfter = result.details?.retryAfterSeconds;
  return Response.json(
    { ok: false, ...result },
    {
      status: STATUS[result.code] ?? 500,
      headers: typeof retryAfter === "number" ? { "Retry-After": String(retryAfter) } : undefined,
    },
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
    if (!user)
      return errorResponse({ code: "UNAUTHENTICATED", message: "Your session has ended. Please sign in again." });
    const result = await run(async () => {
      await enforceRateLimit(rateLimit, user.id);
      const body = await readJsonBody(request);
      return handler(parseInput(schema, body), { user, request });
    });
    return result.ok ? result.data : errorResponse(result);
  };
}

/** Far above any valid request (a prompt is at most 8,000 characters), far below what would cost memory. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The JSON body, read at most MAX_BODY_BYTES far: a larger one is refused (TOO_LARGE) as soon as its
 * Content-Length says so, or as soon as that many bytes have arrived, never read in full. Not JSON: undefined,
 * which the schema then refuses.
 */
async function readJsonBody(request: Request): Promise<unknown> {
  const tooLarge = () =>
    new AppError("TOO_LARGE", `Requests are limited to ${MAX_BODY_BYTES / 1024} KB. Nothing was charged.`);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw tooLarge();
  if (!request.body) return undefined;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    return undefined;
  }
}
