import { z } from "zod";

const optional = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
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
    /** Stripe. Without a secret key, billing runs in test mode against the built-in Stripe sandbox. */
    STRIPE_SECRET_KEY: optional,
    STRIPE_WEBHOOK_SECRET: optional,
    /** Another Stripe API host, e.g. http://127.0.0.1:12111 for a local stand-in (tests). */
    STRIPE_API_BASE: z.url().optional(),
    STRIPE_PRICE_STARTER: optional,
    STRIPE_PRICE_PRO: optional,
    STRIPE_PRICE_PACK_500: optional,
    STRIPE_PRICE_PACK_1500: optional,
    STRIPE_PRICE_PACK_5000: optional,
    /** SMTP server for emails (smtp://user:pass@host:587); without it emails go to the outbox table and the log. */
    SMTP_URL: optional,
    EMAIL_FROM: z.string().default("Tally <no-reply@tally.local>"),
    /** How long a model may take before its request fails (and costs nothing). */
    AI_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(60_000),
    /** Milliseconds between streamed tokens of the local provider. */
    TALLY_LOCAL_AI_DELAY_MS: z.coerce.number().int().min(0).max(1000).default(15),
    /** Paid requests (chat, Council, images, video) one person may make per minute; default 60 (lib/security/rate-limits.ts). */
    TALLY_RATE_LIMIT_PAID_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).optional(),
    /** Behind a proxy that sets X-Forwarded-For (trusted for per-address rate limits). */
    TRUST_PROXY: z
      .enum(["0", "1"])
      .default("0")
      .transform((value) => value === "1"),
    /** Shows the demo credentials on the sign-in page. */
    TALLY_LOCAL_MODE: z
      .enum(["0", "1"])
      .default("0")
      .transform((value) => value === "1"),
  })
  .refine(
    (env) =>
      !env.STRIPE_SECRET_KEY ||
      Boolean(env.STRIPE_WEBHOOK_SECRET && env.STRIPE_PRICE_STARTER && env.STRIPE_PRICE_PRO && env.STRIPE_PRICE_PACK_500 && env.STRIPE_PRICE_PACK_1500 && env.STRIPE_PRICE_PACK_5000),
    { message: "with STRIPE_SECRET_KEY, also set STRIPE_WEBHOOK_SECRET and every STRIPE_PRICE_* id", path: ["STRIPE_SECRET_KEY"] },
  )
  // Session cookies are Secure only when NEXTAUTH_URL is https; plain http is for this machine only.
  .refine((env) => env.NODE_ENV !== "production" || !env.NEXTAUTH_URL || isHttpsOrLoopback(env.NEXTAUTH_URL), {
    message: "must be https:// in production (plain http only for localhost), so that session cookies are Secure",
    path: ["NEXTAUTH_URL"],
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
  const { protocol, hostname } = new URL(url);
  return protocol === "https:" || ["localhost", "127.0.0.1", "[::1]"].includes(hostname);
}

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join(".") || "env"}: ${issue.message}`);
    throw new Error(`Invalid environment variables:\n${problems.join("\n")}`);
  }
  return result.data;
}

/**
 * The validated environment. Parsed on each call (cheap) so tests can change variables; start-up
 * validation happens once in instrumentation.ts, which stops the server with a clear message.
 */
export function env(): Env {
  return parseEnv(process.env);
}
