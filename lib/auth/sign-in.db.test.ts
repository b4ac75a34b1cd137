import { describe, expect, it } from "vitest";
import { createUser } from "@/lib/auth/queries";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { DEMO_ACCOUNT } from "@/lib/demo";
import { hashPassword } from "./password";
import { authorizeCredentials, SignInRateLimited } from "./sign-in";

describe("credentials sign-in", () => {
  it("lets the demo account in only on this machine: a local database later served publicly keeps its published password", async () => {
    const demo = await createUser({
      email: DEMO_ACCOUNT.email,
      passwordHash: await hashPassword(DEMO_ACCOUNT.password),
      emailVerified: true,
    });
    const credentials = { email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password };
    expect(await authorizeCredentials(credentials, "7.7.7.7")).toMatchObject({ id: demo.id });
    process.env.NEXTAUTH_URL = "https://tally.example.com";
    try {
      expect(await authorizeCredentials(credentials, "7.7.7.8")).toBeNull();
    } finally {
      delete process.env.NEXTAUTH_URL;
    }
  });

  it("accepts the right password (any email case) and stores only an Argon2id hash", async () => {
    const user = await createUser({
      email: "Grace@Example.test",
      passwordHash: await hashPassword("a long passphrase"),
      emailVerified: true,
    });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(
      await authorizeCredentials({ email: "grace@example.test", password: "a long passphrase" }, "1.1.1.1"),
    ).toMatchObject({ id: user.id });
    expect(await authorizeCredentials({ email: "GRACE@example.test", password: "wrong" }, "1.1.1.1")).toBeNull();
    expect(await authorizeCredentials({ email: "nobody@example.test", password: "x" }, "1.1.1.1")).toBeNull();
    expect(await authorizeCredentials({ email: "not an email", password: "x" }, "1.1.1.1")).toBeNull();
  });

  it("refuses a sixth attempt from the same address for the same email, even with the right password, and says for how long", async () => {
    await createUser({
      email: "locked@example.test",
      passwordHash: await hashPassword("right password"),
      emailVerified: true,
    });
    for (let i = 0; i < 5; i += 1)
      expect(await authorizeCredentials({ email: "locked@example.test", password: "nope" }, "2.2.2.2")).toBeNull();
    const refusal = await authorizeCredentials(
      { email: "locked@example.test", password: "right password" },
      "2.2.2.2",
    ).catch((e) => e);
    expect(refusal).toBeInstanceOf(SignInRateLimited);
    expect(refusal.message).toBe("RateLimited:15");
  });

  it("a success clears the email's failed attempts", async () => {
    await createUser({
      email: "ok@example.test",
      passwordHash: await hashPassword("right password"),
      emailVerified: true,
    });
    for (let i = 0; i < 4; i += 1)
      await authorizeCredentials({ email: "ok@example.test", password: "nope" }, "3.3.3.3");
    expect(
      await authorizeCredentials({ email: "ok@example.test", password: "right password" }, "3.3.3.3"),
    ).not.toBeNull();
    for (let i = 0; i < 4; i += 1)
      expect(await authorizeCredentials({ email: "ok@example.test", password: "nope" }, "3.3.3.3")).toBeNull();
  });
});

describe("sign-in throttles an attacker without locking the owner out", () => {
  it("six wrong passwords from a stranger's address: the stranger waits, the owner signs in from theirs", async () => {
    const owner = await createUser({
      email: "owner@example.test",
      passwordHash: await hashPassword("owner's passphrase"),
      emailVerified: true,
    });
    for (let i = 0; i < 6; i += 1)
      await authorizeCredentials({ email: "owner@example.test", password: `guess ${i}` }, "198.51.100.66").catch(
        (e) => e,
      );
    await expect(
      authorizeCredentials({ email: "owner@example.test", password: "guess 7" }, "198.51.100.66"),
    ).rejects.toBeInstanceOf(SignInRateLimited);
    expect(
      await authorizeCredentials({ email: "owner@example.test", password: "owner's passphrase" }, "203.0.113.10"),
    ).toMatchObject({ id: owner.id });
  });

  it("one address spraying many emails is stopped after 20 attempts in 15 minutes", async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 40; i += 1) {
      const email = `spray-${i % 8}@example.test`;
      outcomes.push(
        await authorizeCredentials({ email, password: "Password1!" }, "192.0.2.99").then(
          () => "tried",
          (e) => (e instanceof SignInRateLimited ? "refused" : "error"),
        ),
      );
    }
    expect(outcomes.filter((o) => o === "tried")).toHaveLength(20);
    expect(outcomes.slice(20).every((o) => o === "refused")).toBe(true);
  });

  it("a guess spread over many addresses still hits the per-email limit", async () => {
    await createUser({
      email: "target@example.test",
      passwordHash: await hashPassword("target passphrase"),
      emailVerified: true,
    });
    let refused = 0;
    for (let i = 0; i < 60; i += 1) {
      await authorizeCredentials({ email: "target@example.test", password: `guess ${i}` }, `198.51.100.${i}`).catch(
        (e) => {
          if (e instanceof SignInRateLimited) refused += 1;
        },
      );
    }
    expect(refused).toBe(10);
  });

  it("a guess spread over many addresses cannot lock the owner out of an address they signed in from before", async () => {
    const credentials = { email: "spread-target@example.test", password: "the owner's passphrase" };
    await createUser({
      email: credentials.email,
      passwordHash: await hashPassword(credentials.password),
      emailVerified: true,
    });
    expect(await authorizeCredentials(credentials, "203.0.113.7")).toMatchObject({ email: credentials.email });
    for (let i = 0; i < 60; i += 1) {
      await authorizeCredentials({ ...credentials, password: `guess ${i}` }, `198.51.100.${i}`).catch((error) => {
        if (!(error instanceof SignInRateLimited)) throw error;
      });
    }
    // The account's limit is reached: a new address waits, the owner's own gets in (and a wrong password there
    // still counts against that address).
    await expect(authorizeCredentials(credentials, "192.0.2.1")).rejects.toBeInstanceOf(SignInRateLimited);
    expect(await authorizeCredentials(credentials, "203.0.113.7")).toMatchObject({ email: credentials.email });
    for (let i = 0; i < 5; i += 1)
      expect(await authorizeCredentials({ ...credentials, password: "typo" }, "203.0.113.7")).toBeNull();
    await expect(authorizeCredentials(credentials, "203.0.113.7")).rejects.toBeInstanceOf(SignInRateLimited);
  });
});

describe("successful sign-ins are not counted", () => {
  it("many people signing in from one address (an office, a school) are never throttled", async () => {
    for (let i = 0; i < 25; i += 1) {
      const email = `colleague-${i}@example.test`;
      await createUser({ email, passwordHash: await hashPassword("colleague passphrase"), emailVerified: true });
      expect(await authorizeCredentials({ email, password: "colleague passphrase" }, "203.0.113.50")).not.toBeNull();
    }
  });
});

describe("rate limiter", () => {
  it("allows exactly the limit per window across concurrent callers, then opens a new window", async () => {
    const rule = { limit: 10, windowMs: 60_000 };
    const now = new Date("2026-11-26T10:00:00Z");
    const outcomes = await Promise.all(Array.from({ length: 25 }, () => consumeRateLimit("burst", rule, now)));
    expect(outcomes.filter((o) => o.allowed)).toHaveLength(10);
    expect(outcomes.find((o) => !o.allowed)).toEqual({ allowed: false, retryAfterMs: 60_000 });
    expect(await consumeRateLimit("burst", rule, new Date(now.getTime() + 60_001))).toEqual({ allowed: true });
  });

  it("never refuses a first burst below the limit, while concurrent callers create the counter", async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 48 }, () => consumeRateLimit("first-burst", { limit: 1000, windowMs: 60_000 })),
    );
    expect(outcomes.filter((o) => !o.allowed)).toEqual([]);
  });
});
