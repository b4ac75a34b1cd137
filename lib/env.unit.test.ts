import { describe, expect, it } from "vitest";
import { billingModeOf, parseEnv } from "./env";

describe("environment validation", () => {
  it("defaults to the embedded database", () => {
    expect(parseEnv({}).DATABASE_URL).toBe("file:./prisma/dev.db");
  });

  it("names every invalid variable in one message", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", NEXTAUTH_SECRET: "short", GITHUB_ID: "id" })).toThrow(
      /DATABASE_URL: must be file:.*\n.*NEXTAUTH_SECRET: must be at least 32 characters.*\n.*GITHUB_SECRET: GITHUB_ID and GITHUB_SECRET must be set together/s,
    );
  });

  it("accepts PostgreSQL and reads the test-only switches", () => {
    const env = parseEnv({
      DATABASE_URL: "postgresql://root@127.0.0.1:5432/test",
      TALLY_FAULTS: "swift:fail",
      TALLY_LOCAL_MODE: "1",
    });
    expect(env).toMatchObject({ TALLY_FAULTS: "swift:fail", TALLY_LOCAL_MODE: true, AI_TIMEOUT_MS: 60_000 });
  });

  it("runs the job workers in the server by default, and lets PostgreSQL servers leave them to `jobs:work`", () => {
    expect(parseEnv({}).TALLY_JOB_WORKERS).toBe(true);
    expect(parseEnv({ DATABASE_URL: "postgresql://db/tally", TALLY_JOB_WORKERS: "0" }).TALLY_JOB_WORKERS).toBe(false);
    // On the embedded database no other process could run them: the emails would never leave.
    expect(() => parseEnv({ TALLY_JOB_WORKERS: "0" })).toThrow(/TALLY_JOB_WORKERS=0 needs PostgreSQL/);
  });

  it("reads the paid-request rate limit as a positive whole number, unset by default", () => {
    expect(parseEnv({}).TALLY_RATE_LIMIT_PAID_PER_MINUTE).toBeUndefined();
    expect(parseEnv({ TALLY_RATE_LIMIT_PAID_PER_MINUTE: "100000" }).TALLY_RATE_LIMIT_PAID_PER_MINUTE).toBe(100_000);
    expect(() => parseEnv({ TALLY_RATE_LIMIT_PAID_PER_MINUTE: "0" })).toThrow(/TALLY_RATE_LIMIT_PAID_PER_MINUTE/);
    expect(() => parseEnv({ TALLY_RATE_LIMIT_PAID_PER_MINUTE: "lots" })).toThrow(/TALLY_RATE_LIMIT_PAID_PER_MINUTE/);
  });

  it("needs NEXTAUTH_URL in production: no silent http://localhost", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_URL: must be set in production/);
    expect(parseEnv({ NODE_ENV: "development" }).NEXTAUTH_URL).toBeUndefined();
  });

  it("allows local mode (demo account, test billing) on a loopback NEXTAUTH_URL only", () => {
    expect(() =>
      parseEnv({ NODE_ENV: "production", NEXTAUTH_URL: "https://tally.example.com", TALLY_LOCAL_MODE: "1" }),
    ).toThrow(/TALLY_LOCAL_MODE: .*NEXTAUTH_URL must be a loopback address/);
    for (const url of ["http://localhost:3000", "http://127.0.0.1:3210", "http://127.0.0.2:80", "http://[::1]:3000"]) {
      expect(parseEnv({ NODE_ENV: "production", NEXTAUTH_URL: url, TALLY_LOCAL_MODE: "1" }).TALLY_LOCAL_MODE).toBe(
        true,
      );
    }
    for (const url of [
      "http://localhost.example.com",
      "http://127.0.0.1.nip.io",
      "https://10.0.0.1",
      "https://tally.example.com",
    ]) {
      expect(() => parseEnv({ NODE_ENV: "development", NEXTAUTH_URL: url, TALLY_LOCAL_MODE: "1" })).toThrow(
        /TALLY_LOCAL_MODE/,
      );
    }
  });

  // NODE_ENV × NEXTAUTH_URL × keys × asked-for mode → the billing mode, or a refusal to start that names the variables.
  const PUBLIC = "https://tally.example.com";
  const LOCAL = "http://localhost:3000";
  const KEYS = {
    STRIPE_SECRET_KEY: "sk_live_x",
    STRIPE_WEBHOOK_SECRET: "whsec_x",
    STRIPE_PRICE_STARTER: "price_1",
    STRIPE_PRICE_PRO: "price_2",
    STRIPE_PRICE_PACK_500: "price_3",
    STRIPE_PRICE_PACK_1500: "price_4",
    STRIPE_PRICE_PACK_5000: "price_5",
  };
  const matrix: [string, Record<string, string>, string | RegExp][] = [
    ["production, public URL, no keys", { NODE_ENV: "production", NEXTAUTH_URL: PUBLIC }, "off"],
    ["production, public URL, keys", { NODE_ENV: "production", NEXTAUTH_URL: PUBLIC, ...KEYS }, "stripe"],
    [
      "production, public URL, asks for test mode",
      { NODE_ENV: "production", NEXTAUTH_URL: PUBLIC, TALLY_BILLING_MODE: "test" },
      /TALLY_BILLING_MODE: .*loopback NEXTAUTH_URL/,
    ],
    [
      "production, public URL, keys, asks for off",
      { NODE_ENV: "production", NEXTAUTH_URL: PUBLIC, ...KEYS, TALLY_BILLING_MODE: "off" },
      "off",
    ],
    [
      "production, public URL, asks for stripe without keys",
      { NODE_ENV: "production", NEXTAUTH_URL: PUBLIC, TALLY_BILLING_MODE: "stripe" },
      /needs STRIPE_SECRET_KEY/,
    ],
    ["production, no URL", { NODE_ENV: "production" }, /NEXTAUTH_URL: must be set in production/],
    ["production, loopback URL, not local mode", { NODE_ENV: "production", NEXTAUTH_URL: LOCAL }, "off"],
    [
      "production, loopback URL, local mode (npm start)",
      { NODE_ENV: "production", NEXTAUTH_URL: LOCAL, TALLY_LOCAL_MODE: "1" },
      "test",
    ],
    [
      "production, loopback URL, asks for test mode",
      { NODE_ENV: "production", NEXTAUTH_URL: LOCAL, TALLY_BILLING_MODE: "test" },
      "test",
    ],
    [
      "production, loopback URL, keys, asks for test mode",
      { NODE_ENV: "production", NEXTAUTH_URL: LOCAL, ...KEYS, TALLY_BILLING_MODE: "test" },
      /unset STRIPE_SECRET_KEY/,
    ],
    [
      "production, http public URL",
      { NODE_ENV: "production", NEXTAUTH_URL: "http://tally.example.com" },
      /NEXTAUTH_URL: must be https/,
    ],
    ["development, no URL (next dev)", { NODE_ENV: "development" }, "test"],
    ["development, public URL, no keys", { NODE_ENV: "development", NEXTAUTH_URL: PUBLIC }, "off"],
    ["test, no URL (Vitest)", { NODE_ENV: "test" }, "test"],
    ["test, keys", { NODE_ENV: "test", ...KEYS }, "stripe"],
  ];
  it.each(matrix)("start-up matrix: %s", (_name, source, expected) => {
    if (typeof expected === "string") expect(billingModeOf(parseEnv(source))).toBe(expected);
    else expect(() => parseEnv(source)).toThrow(expected);
  });

  it("asks for an https NEXTAUTH_URL in production, so session cookies are Secure", () => {
    expect(() => parseEnv({ NODE_ENV: "production", NEXTAUTH_URL: "http://tally.example.com" })).toThrow(
      /NEXTAUTH_URL: must be https/,
    );
    expect(parseEnv({ NODE_ENV: "production", NEXTAUTH_URL: "https://tally.example.com" }).NEXTAUTH_URL).toBe(
      "https://tally.example.com",
    );
    expect(parseEnv({ NODE_ENV: "production", NEXTAUTH_URL: "http://localhost:3000" }).NEXTAUTH_URL).toBe(
      "http://localhost:3000",
    );
    expect(parseEnv({ NODE_ENV: "development", NEXTAUTH_URL: "http://192.168.1.20:3000" }).NEXTAUTH_URL).toBe(
      "http://192.168.1.20:3000",
    );
  });
});
