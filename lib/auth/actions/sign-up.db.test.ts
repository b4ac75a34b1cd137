import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";

let forwardedFor = "127.0.0.1";
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": forwardedFor }),
  cookies: async () => ({ get: () => undefined, set: () => {} }),
}));
const { signUp } = await import("./sign-up");

const form = () => ({ name: "Farmer", email: `farm-${randomUUID()}@example.test`, password: "long enough passphrase" });

describe("sign-up farming", () => {
  afterEach(() => {
    globalThis.tallyClientAddressFromSocket = undefined;
  });

  it("allows a handful of new accounts an hour per address (5 by default), then refuses with a clear wait", async () => {
    globalThis.tallyClientAddressFromSocket = true; // served by lib/cli/serve.mjs: the header is the connection's address
    forwardedFor = "198.51.100.7";
    const results = [];
    for (let i = 0; i < 8; i += 1) results.push(await signUp(form()));
    expect(results.filter((result) => result.ok)).toHaveLength(5);
    expect(results.at(-1)).toMatchObject({
      ok: false,
      code: "RATE_LIMITED",
      message: expect.stringMatching(/Too many new accounts from your network\. Please try again in \d+ minutes?\./),
    });
    forwardedFor = "198.51.100.8";
    expect(await signUp(form())).toMatchObject({ ok: true });
  });

  it("where the address cannot be known, every sign-up shares one budget instead of none", async () => {
    const before = await db().user.count();
    for (const address of ["192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4", "192.0.2.5", "192.0.2.6", "192.0.2.7"]) {
      forwardedFor = address; // plain `next start`: whatever the client claims, so not trusted
      await signUp(form());
    }
    expect((await db().user.count()) - before).toBe(5);
  });
});
