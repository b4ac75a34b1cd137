import { z } from "zod";

const optional = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** Set by Next.js; "phase-production-build" while `next build` prerenders, when no server is serving yet. */
    NEXT_PHASE: optional,
    DATABASE_URL: z
      .string()
      .regex(/^(file:|postgres(ql)?:\/\/)/, "must be file:./path.db (embedded SQLite) or postgresql://…")
      .default("file:./prisma/dev.db"),
    NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
    NEXTAUTH_URL: z.url().optional(),
    GITHUB_ID: optional,
    GITHUB_SECRET: optional,
    GOOGLE_CLIENT_ID: optional,
    GOOGLE_CLIENT_SECRET: optional,
    /** Makes the local AI provider fail or time out for chosen models, e.g. "swift:fail,sage:timeout". */
    TALLY_FAULTS: optional,
    /** An OpenAI-compatible API for real models; without both, the built-in local provider answers. */
    AI_BASE_URL: z.url().optional(),
    AI_API_KEY: optional,
    /** Tally model id → provider model name, e.g. "swift=gpt-4o-mini,sketch=dall-e-3". */
    AI_MODEL_MAP: optional,
    /**
     * stripe (real payments), test (the built-in Stripe sandbox; this machine only) or off. Unset: stripe
     * with STRIPE_SECRET_KEY, test on a local run or outside production on a loopback URL, otherwise off.
     */
    TALLY_BILLING_MODE: z.enum(["stripe", "test", "off"]).optional(),
    /** Stripe's secret key: real payments. */
    STRIPE_SECRET_KEY: optional,
    STRIPE_WEBHOOK_SECRET: optional,
    /** Another Stripe API host, e.g. http://127.0.0.1:12111 for a local stand-in (tests). */
    STRIPE_API_BASE: z.url().optional(),
    STRIPE_PRICE_STARTER: optional,
    STRIPE_PRICE_PRO: optional,
    STRIPE_PRICE_PACK_500: optional,
    STRIPE_PRICE_PACK_1500: optional,
    STRIPE_PRICE_PACK_5000: optional,
    /**
     * "1": Stripe Connect is enabled on the Stripe account, so affiliates can be paid in money (Express
     * accounts, monthly transfers). Unset with real Stripe: affiliates take their earnings as credits only.
     */
    STRIPE_CONNECT: z.enum(["0", "1"]).optional(),
    /** The signing secret of the Connect webhook endpoint (connected accounts' events, e.g. account.updated). */
    STRIPE_CONNECT_WEBHOOK_SECRET: optional,
    /** SMTP server for emails (smtp://user:pass@host:587); without it emails go to the outbox table and the log. */
    SMTP_URL: optional,
    EMAIL_FROM: z.string().default("Tally <no-reply@tally.local>"),
    /**
     * How long a model may take to start: before the first token of an answer (then AI_SILENCE_MS between
     * tokens), or to finish an image or clip. Past it the request fails and costs nothing.
     */
    AI_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(60_000),
    /** The longest a model may be silent between two tokens once its answer began; default AI_TIMEOUT_MS. */
    AI_SILENCE_MS: z.coerce.number().int().min(100).max(600_000).optional(),
    /** Server log level (lib/log.ts): fatal, error, warn, info (default), debug, trace or silent. */
    TALLY_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
    /** Milliseconds between streamed tokens of the local provider. */
    TALLY_LOCAL_AI_DELAY_MS: z.coerce.number().int().min(0).max(1000).default(15),
    /** Paid requests (chat, Council, images, video) one person may make per minute; default 60 (lib/security/rate-limits.ts). */
    TALLY_RATE_LIMIT_PAID_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).optional(),
    /** New accounts one client address may create per hour. */
    TALLY_SIGNUPS_PER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(5),
    /** Behind a proxy that sets X-Forwarded-For (trusted for per-address rate limits). */
    TRUST_PROXY: z
      .enum(["0", "1"])
      .default("0")
      .transform((value) => value === "1"),
    /**
     * Whether this server process also runs the background jobs (README › Jobs). Default 1. With 0 (PostgreSQL
     * only) it just queues them, for workers started with `npm run jobs:work`.
     */
    TALLY_JOB_WORKERS: z
      .enum(["0", "1"])
      .default("1")
      .transform((value) => value === "1"),
    /** A run on this machine only (loopback NEXTAUTH_URL): seeds the demo account and shows it on the sign-in page. */
    TALLY_LOCAL_MODE: z
      .enum(["0", "1"])
      .default("0")
      .transform((value) => value === "1"),
  })
  .refine(
    (env) =>
      !env.STRIPE_SECRET_KEY ||
      Boolean(
        env.STRIPE_WEBHOOK_SECRET &&
        env.STRIPE_PRICE_STARTER &&
        env.STRIPE_PRICE_PRO &&
        env.STRIPE_PRICE_PACK_500 &&
        env.STRIPE_PRICE_PACK_1500 &&
        env.STRIPE_PRICE_PACK_5000,
      ),
    {
      message: "with STRIPE_SECRET_KEY, also set STRIPE_WEBHOOK_SECRET and every STRIPE_PRICE_* id",
      path: ["STRIPE_SECRET_KEY"],
    },
  )
  // Without it, links in emails and checkouts and the cookies' Secure flag would guess at the address.
  .refine((env) => env.NODE_ENV !== "production" || env.NEXTAUTH_URL || env.NEXT_PHASE === "phase-production-build", {
    message:
      "must be set in production: the public https:// address people use (`npm start` sets http://localhost:PORT for a run on this machine)",
    path: ["NEXTAUTH_URL"],
  })
  // Session cookies are Secure only when NEXTAUTH_URL is https; plain http is for this machine only.
  .refine((env) => env.NODE_ENV !== "production" || !env.NEXTAUTH_URL || isHttpsOrLoopback(env.NEXTAUTH_URL), {
    message: "must be https:// in production (plain http only for localhost), so that session cookies are Secure",
    path: ["NEXTAUTH_URL"],
  })
  .refine((env) => !env.TALLY_LOCAL_MODE || isLoopbackUrl(appUrlOf(env)), {
    message:
      "TALLY_LOCAL_MODE=1 (demo account, test-mode billing) is for this machine only: NEXTAUTH_URL must be a loopback address",
    path: ["TALLY_LOCAL_MODE"],
  })
  .refine((env) => env.TALLY_BILLING_MODE !== "test" || isLoopbackUrl(appUrlOf(env)), {
    message:
      'TALLY_BILLING_MODE=test lets anyone "pay" without a card: it needs a loopback NEXTAUTH_URL; on a public URL set STRIPE_SECRET_KEY or leave billing off',
    path: ["TALLY_BILLING_MODE"],
  })
  .refine((env) => env.TALLY_BILLING_MODE !== "stripe" || env.STRIPE_SECRET_KEY, {
    message: "TALLY_BILLING_MODE=stripe needs STRIPE_SECRET_KEY",
    path: ["TALLY_BILLING_MODE"],
  })
  .refine((env) => env.TALLY_BILLING_MODE !== "test" || !env.STRIPE_SECRET_KEY, {
    message:
      "TALLY_BILLING_MODE=test uses the built-in sandbox: unset STRIPE_SECRET_KEY, or choose TALLY_BILLING_MODE=stripe",
    path: ["TALLY_BILLING_MODE"],
  })
  // On the embedded database the jobs live in the server's memory: no other process could run them.
  .refine((env) => env.TALLY_JOB_WORKERS || /^postgres(ql)?:\/\//.test(env.DATABASE_URL), {
    message: "TALLY_JOB_WORKERS=0 needs PostgreSQL: on the embedded database the server runs its own jobs",
    path: ["TALLY_JOB_WORKERS"],
  })
  .refine((env) => Boolean(env.GITHUB_ID) === Boolean(env.GITHUB_SECRET), {
    message: "GITHUB_ID and GITHUB_SECRET must be set together",
    path: ["GITHUB_SECRET"],
  })
  .refine((env) => Boolean(env.GOOGLE_CLIENT_ID) === Boolean(env.GOOGLE_CLIENT_SECRET), {
    message: "GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET must be set together",
    path: ["GOOGLE_CLIENT_SECRET"],
  });

function isHttpsOrLoopback(url: string) {
  return new URL(url).protocol === "https:" || isLoopbackUrl(url);
}

/** True for an address on this machine only (localhost, 127.0.0.0/8, ::1). */
export function isLoopbackUrl(url: string | undefined) {
  if (!url) return false;
  const { hostname } = new URL(url);
  return hostname === "localhost" || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);
}

export type Env = z.infer<typeof schema>;

export type BillingMode = "stripe" | "test" | "off";

/**
 * How this server takes payments. Test mode (the sandbox "pays" without a card) only ever runs on this
 * machine: on a local run, outside production on a loopback URL (tests, `next dev`), or when asked for
 * on a loopback URL. A public server without Stripe keys runs with billing off.
 */
export function billingModeOf(env: Env): BillingMode {
  if (env.TALLY_BILLING_MODE) return env.TALLY_BILLING_MODE;
  if (env.STRIPE_SECRET_KEY) return "stripe";
  if (isMachineLocal(env)) return "test";
  return "off";
}

/**
 * A server only this machine can reach (a local run, `next dev`, tests): where the Outbox page shows the
 * emails and the log prints their links. Never on a public address.
 */
export function isMachineLocal(env: Env) {
  return isLoopbackUrl(appUrlOf(env)) && (env.TALLY_LOCAL_MODE || env.NODE_ENV !== "production");
}

/** The app's public address: NEXTAUTH_URL, or outside production http://localhost:3000 (`next dev`, tests). */
export function appUrlOf(env: { NEXTAUTH_URL?: string; NODE_ENV: string }): string | undefined {
  return (env.NEXTAUTH_URL ?? (env.NODE_ENV === "production" ? undefined : "http://localhost:3000"))?.replace(
    /\/$/,
    "",
  );
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join(".") || "env"}: ${issue.message}`);
    throw new Error(`Invalid environment variables:\n${problems.join("\n")}`);
  }
  return result.data;
}

const VARIABLES = Object.keys(schema.shape);
// Under Vitest, tests set variables between calls: there the values are compared on each call (~6 µs)
// and parsed again when one changed. A server's environment never changes once it runs.
const followChanges = Boolean(process.env.VITEST);
let parsed: { fingerprint: string; env: Env } | undefined;

/**
 * The validated environment, parsed once per process (12 µs saved on every call of a hot path). Start-up
 * validation happens in instrumentation.ts, which stops the server with a clear message.
 */
export function env(): Env {
  if (parsed && !followChanges) return parsed.env;
  const fingerprint = followChanges ? VARIABLES.map((name) => process.env[name] ?? "\u0000").join("\u0001") : "";
  if (parsed?.fingerprint !== fingerprint) parsed = { fingerprint, env: parseEnv(process.env) };
  return parsed.env;
}
