import { APICallError } from "ai";
import { describe, expect, it } from "vitest";
import { classifyProviderError, retryAfterSeconds } from "./failures";

const apiError = (statusCode: number, body: unknown, responseHeaders: Record<string, string> = {}) =>
  new APICallError({
    message: "provider text",
    url: "http://provider/v1/chat/completions",
    requestBodyValues: {},
    statusCode,
    responseHeaders,
    responseBody: JSON.stringify(body),
  });

describe("provider failures in Tally's words", () => {
  it.each([
    [
      apiError(429, { error: { message: "Rate limit reached for org-abc" } }, { "retry-after": "7" }),
      "rate_limited",
      "Swift is busy right now. Try again in 7 s",
    ],
    [apiError(429, {}), "rate_limited", "Swift is busy right now. Try again in a moment"],
    [
      apiError(400, { error: { code: "content_filter", message: "flagged" } }),
      "refused",
      "Swift declined this request",
    ],
    [
      apiError(401, { error: { message: "Incorrect API key provided: sk-probe-****cdef" } }),
      "unavailable",
      "Swift is not available right now",
    ],
    [apiError(502, "<html>Bad gateway</html>"), "unavailable", "Swift is not available right now"],
    [apiError(400, { error: { message: "bad request" } }), "failed", "Swift failed"],
    [new TypeError("fetch failed"), "unavailable", "Swift is not available right now"],
    [{ message: "Invalid JSON at position 3" }, "failed", "Swift failed"],
  ])("%#: classifies as %s", (error, failure, message) => {
    expect(classifyProviderError(error, "swift")).toMatchObject({ failure, message });
  });

  it("lets our own deadline and the person's Stop decide over what the aborted fetch said", () => {
    expect(classifyProviderError(new TypeError("terminated"), "sage", { timedOut: true })).toMatchObject({
      failure: "timeout",
      message: "Sage did not answer in time",
    });
    expect(classifyProviderError(new TypeError("terminated"), "sage", { stopped: true })).toMatchObject({
      failure: "stopped",
    });
  });

  it("reads Retry-After in seconds, as a date, and OpenAI's retry-after-ms; capped at an hour", () => {
    const now = Date.parse("2026-12-02T10:00:00Z");
    expect(retryAfterSeconds({ "Retry-After": "20" }, now)).toBe(20);
    expect(retryAfterSeconds({ "retry-after": "Wed, 02 Dec 2026 10:00:30 GMT" }, now)).toBe(30);
    expect(retryAfterSeconds({ "retry-after-ms": "1500" }, now)).toBe(2);
    expect(retryAfterSeconds({ "retry-after": "86400" }, now)).toBe(3600);
    expect(retryAfterSeconds({ "retry-after": "soon" }, now)).toBeUndefined();
    expect(retryAfterSeconds(undefined, now)).toBeUndefined();
  });
});
