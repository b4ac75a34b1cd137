import pino from "pino";

/**
 * The server's one logger: JSON lines on stdout (one object per line, `level`, `time`, `msg` and the
 * fields below), for the operator to read with `jq` or ship to a log store (README › Logs).
 * Fields by convention: requestId, userId, model, providerStatus, providerCode, durationMs, holdId.
 * Never log prompts, answers, keys, tokens or passwords: the paths below are censored in case one slips in.
 */
export const log = pino({
  level: process.env.TALLY_LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "tally" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: [
      "prompt",
      "answer",
      "apiKey",
      "password",
      "token",
      "authorization",
      "*.prompt",
      "*.apiKey",
      "*.authorization",
    ],
    censor: "[redacted]",
  },
});
