/** Every error a user can see has a code the UI maps to a message and tests can assert. */
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "INVALID_INPUT",
  "TOO_LARGE",
  "NOT_FOUND",
  "INSUFFICIENT_CREDITS",
  "EMAIL_UNVERIFIED",
  "SPEND_CAP_REACHED",
  "DAILY_CAP_REACHED",
  "REQUEST_IN_PROGRESS",
  "PROVIDER_FAILED",
  "RATE_LIMITED",
  "CONFLICT",
  "BILLING_DISABLED",
  "PAYOUTS_DISABLED",
  "INTERNAL",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
