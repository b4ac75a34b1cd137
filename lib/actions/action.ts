import "server-only";
import { z } from "zod";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { AppError, isAppError, type ErrorCode } from "@/lib/errors";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; details?: Record<string, unknown> };

export function failure(code: ErrorCode, message: string, details?: Record<string, unknown>): ActionResult<never> {
  return { ok: false, code, message, ...(details ? { details } : {}) };
}

export function describeInvalidInput(error: z.ZodError) {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

export async function run<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (isAppError(error)) return failure(error.code, error.message, error.details);
    console.error("[action] unexpected error", error);
    return failure("INTERNAL", "Something went wrong on our side. Nothing was charged; please try again.");
  }
}

/**
 * The one way to write a server action for a signed-in person: reads the session (the user id never
 * comes from the client), validates the input with zod, and turns every outcome into a typed result.
 */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.infer<S>, context: { user: SessionUser }) => Promise<T>,
) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const user = await getSessionUser();
    if (!user) return failure("UNAUTHENTICATED", "Your session has ended. Please sign in again.");
    const parsed = schema.safeParse(input);
    if (!parsed.success) return failure("INVALID_INPUT", describeInvalidInput(parsed.error));
    return run(() => handler(parsed.data, { user }));
  };
}

/** The same wrapper for the few actions that need no session (sign up). */
export function publicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.infer<S>) => Promise<T>) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return failure("INVALID_INPUT", describeInvalidInput(parsed.error));
    return run(() => handler(parsed.data));
  };
}

export { AppError };
