import { APICallError } from "ai";
import { modelName } from "@/config/pricing";
import { ProviderError, type ProviderFailure } from "./types";

/** The sentence a person sees for each failure; "You were not charged." is added by the ledger's caller. */
export function failureMessage(failure: ProviderFailure, model: string, retryAfterSeconds?: number): string {
  const name = modelName(model);
  switch (failure) {
    case "rate_limited":
      return retryAfterSeconds
        ? `${name} is busy right now. Try again in ${retryAfterSeconds} s`
        : `${name} is busy right now. Try again in a moment`;
    case "unavailable":
      return `${name} is not available right now`;
    case "timeout":
      return `${name} did not answer in time`;
    case "refused":
      return `${name} declined this request`;
    case "empty":
      return `${name} returned an empty answer`;
    case "invalid_output":
      return `${name} returned something that is not what was asked for`;
    case "stopped":
      return `${name} was stopped`;
    case "failed":
      return `${name} failed`;
  }
}

export function providerError(failure: ProviderFailure, model: string, provider: ProviderError["provider"] = {}) {
  return new ProviderError(failureMessage(failure, model, provider.retryAfterSeconds), failure, { model, ...provider });
}

const REFUSAL_CODES = /content_filter|content_policy|moderation|safety|policy_violation/i;

/** A provider error code that means the content was refused (a filter or policy), not that the call broke. */
export const isRefusalCode = (code: string | undefined) => Boolean(code && REFUSAL_CODES.test(code));

/**
 * What an HTTP answer from the provider means for the person: rate limited (429), refused (a policy code),
 * unavailable (no status, 5xx, or the operator's key or model is wrong: 401/403/404, or 408), otherwise failed.
 */
export function failureForStatus(status: number | undefined, code?: string): ProviderFailure {
  if (status === 429) return "rate_limited";
  if (isRefusalCode(code)) return "refused";
  if (status === undefined || status >= 500 || status === 401 || status === 403 || status === 404 || status === 408)
    return "unavailable";
  return "failed";
}

/** Seconds from `retry-after-ms`, `retry-after` (seconds or an HTTP date); capped at an hour. */
export function retryAfterSeconds(headers: Record<string, string> | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const lower = Object.fromEntries(Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]));
  const ms = Number(lower["retry-after-ms"]);
  let seconds = Number.isFinite(ms) && ms > 0 ? ms / 1000 : Number(lower["retry-after"]);
  if (!Number.isFinite(seconds) && lower["retry-after"]) seconds = (Date.parse(lower["retry-after"]) - now) / 1000;
  if (!Number.isFinite(seconds) || seconds <= 0) return undefined;
  return Math.min(3600, Math.ceil(seconds));
}

/** The provider's own error code from an OpenAI-style body: `{ "error": { "code": …, "type": … } }`. */
function errorCode(value: unknown): string | undefined {
  if (!value || typeof value !== "object") return undefined;
  const inner = "error" in value && value.error && typeof value.error === "object" ? value.error : value;
  const { code, type } = inner as { code?: unknown; type?: unknown };
  const text = [code, type].filter((part) => typeof part === "string" && part).join("/");
  return text || undefined;
}

/**
 * Turns whatever a provider call threw (AI SDK API errors, an error chunk mid-stream, a network error)
 * into one of a few ProviderErrors. `timedOut`/`stopped` say whether our own deadline or the person
 * aborted the call, which decides over whatever the aborted fetch reported.
 */
export function classifyProviderError(
  error: unknown,
  model: string,
  { timedOut = false, stopped = false } = {},
): ProviderError {
  if (error instanceof ProviderError) return error;
  if (timedOut) return providerError("timeout", model);
  if (stopped) return providerError("stopped", model);
  if (APICallError.isInstance(error)) {
    // The connection dropped while the answer was being read (undici's "terminated"): no status to report.
    if (error.cause instanceof TypeError) return providerError("unavailable", model);
    const status = error.statusCode;
    let code = errorCode(error.data);
    if (!code && error.responseBody) {
      try {
        code = errorCode(JSON.parse(error.responseBody));
      } catch {
        // Not JSON: the status alone decides.
      }
    }
    const failure = failureForStatus(status, code);
    return providerError(failure, model, {
      status,
      code,
      retryAfterSeconds: failure === "rate_limited" ? retryAfterSeconds(error.responseHeaders) : undefined,
    });
  }
  const code = errorCode(error);
  if (isRefusalCode(code)) return providerError("refused", model, { code });
  // fetch's "fetch failed" / "terminated": the provider could not be reached or hung up.
  if (error instanceof TypeError) return providerError("unavailable", model);
  return providerError("failed", model, { code });
}
