import type { ErrorCode } from "@/lib/errors";

/** A failed request as the UI sees it: the server's `{ code, message, details }`, or no answer at all. */
export interface ActionError {
  code: ErrorCode | "OFFLINE";
  message: string;
  details?: Record<string, unknown>;
}

export const OFFLINE_ERROR: ActionError = {
  code: "OFFLINE",
  message: "We couldn't reach Tally. Check your connection and try again: a retry is never charged twice.",
};

/** The outcome is unknown (or still running), so trying the same action again must reuse its request id. */
export function isRetryable(code: ActionError["code"]) {
  return code === "OFFLINE" || code === "REQUEST_IN_PROGRESS";
}

/** Reads a `{ ok: false, code, message, details? }` body (from a route or an error event), else OFFLINE. */
export function toActionError(body: unknown): ActionError {
  if (typeof body === "object" && body !== null && "code" in body && "message" in body) {
    const { code, message, details } = body as ActionError;
    return { code, message, ...(details ? { details } : {}) };
  }
  return OFFLINE_ERROR;
}
