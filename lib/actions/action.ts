import "server-only";
import { z } from "zod";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { AppError, isAppError, type ErrorCode } from "@/lib/errors";
import { enforceRateLimit, type RateLimitName } from "@/lib/security/rate-limits";
import { log } from "@/lib/log";

/** What was wrong with each input field, by field name (zod's flattened issues, or an action's own check). */
export type FieldErrors = Partial<Record<string, string[]>>;

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; fieldErrors?: FieldErrors; details?: Record<string, unknown> };

/** A refusal; `details.fieldErrors`, when an action or the input check set them, are lifted for the form. */
export function failure(code: ErrorCode, message: string, details?: Record<string, unknown>): ActionResult<never> {
  const fieldErrors = details?.fieldErrors as FieldErrors | undefined;
  return { ok: false, code, message, ...(fieldErrors ? { fieldErrors } : {}), ...(details ? { details } : {}) };
}

function describeInvalidInput(error: z.ZodError) {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

/**
 * Validates input with zod; invalid input becomes an INVALID_INPUT error that names each problem in its
 * message (for logs, API clients and tests) and per field in `fieldErrors` (for forms).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error) as { fieldErrors: FieldErrors };
    throw new AppError(
      "INVALID_INPUT",
      describeInvalidInput(parsed.error),
      Object.keys(fieldErrors).length > 0 ? { fieldErrors } : undefined,
    );
  }
  return parsed.data;
}

export async function run<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (isAppError(error)) return failure(error.code, error.message, error.details);
    log.error({ err: error }, "server action failed unexpectedly");
    return failure("INTERNAL", "Something went wrong on our side. Nothing was charged; please try again.");
  }
}

/** What every signed-in action and route declares next to its handler. */
export interface ActionPolicy {
  /** The per-person rate limit (lib/security/rate-limits.ts); a refused call costs nothing. */
  rateLimit: RateLimitName;
}

/**
 * The one way to write a server action for a signed-in person: reads the session (the user id never
 * comes from the client), applies the declared rate limit, validates the input with zod, and turns
 * every outcome into a typed result.
 */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>, context: { user: SessionUser }) => Promise<T>,
  { rateLimit }: ActionPolicy,
) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const user = await getSessionUser();
    if (!user) return failure("UNAUTHENTICATED", "Your session has ended. Please sign in again.");
    return run(async () => {
      await enforceRateLimit(rateLimit, user.id);
      return handler(parseInput(schema, input), { user });
    });
  };
}

/** The same wrapper for the few actions that need no session (sign up, which limits per address itself). */
export function publicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.infer<S>) => Promise<T>) {
  return async (input: unknown): Promise<ActionResult<T>> => run(() => handler(parseInput(schema, input)));
}

export { AppError };
