import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

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
    const env = parseEnv({ DATABASE_URL: "postgresql://root@127.0.0.1:5432/test", TALLY_FAULTS: "swift:fail", TALLY_LOCAL_MODE: "1" });
    expect(env).toMatchObject({ TALLY_FAULTS: "swift:fail", TALLY_LOCAL_MODE: true, AI_TIMEOUT_MS: 60_000 });
  });

  it("reads the paid-request rate limit as a positive whole number, unset by default", () => {
    expect(parseEnv({}).TALLY_RATE_LIMIT_PAID_PER_MINUTE).toBeUndefined();
    expect(parseEnv({ TALLY_RATE_LIMIT_PAID_PER_MINUTE: "100000" }).TALLY_RATE_LIMIT_PAID_PER_MINUTE).toBe(100_000);
    expect(() => parseEnv({ TALLY_RATE_LIMIT_PAID_PER_MINUTE: "0" })).toThrow(/TALLY_RATE_LIMIT_PAID_PER_MINUTE/);
    expect(() => parseEnv({ TALLY_RATE_LIMIT_PAID_PER_MINUTE: "lots" })).toThrow(/TALLY_RATE_LIMIT_PAID_PER_MINUTE/);
  });

  it("asks for an https NEXTAUTH_URL in production, so session cookies are Secure", () => {
    expect(() => parseEnv({ NODE_ENV: "production", NEXTAUTH_URL: "http://tally.example.com" })).toThrow(/NEXTAUTH_URL: must be https/);
    expect(parseEnv({ NODE_ENV: "production", NEXTAUTH_URL: "https://tally.example.com" }).NEXTAUTH_URL).toBe("https://tally.example.com");
    expect(parseEnv({ NODE_ENV: "production", NEXTAUTH_URL: "http://localhost:3000" }).NEXTAUTH_URL).toBe("http://localhost:3000");
    expect(parseEnv({ NODE_ENV: "development", NEXTAUTH_URL: "http://192.168.1.20:3000" }).NEXTAUTH_URL).toBe("http://192.168.1.20:3000");
  });
});
