import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { signInAsNewUser, signOut } from "@/lib/testing/session";
import { spyOnProvider } from "@/lib/testing/provider-spy";
import { findServerActions } from "@/lib/testing/server-actions";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: () => undefined, set: () => {} }),
}));

const actions = await findServerActions();

// Account actions for people who are not signed in: each limits itself (per address, per account) and answers the same whoever asks.
const PUBLIC_ACTIONS = ["signUp", "confirmEmail", "requestPasswordResetEmail", "setNewPassword", "confirmNewEmail"];
const hostile: unknown[] = [
  undefined,
  null,
  "string",
  42,
  [],
  { requestId: -1, model: { $gt: "" }, prompt: 5 },
  { requestId: "00000000-0000-4000-8000-000000000000", prompt: "x".repeat(1_000_000), model: "swift" },
  {
    requestId: "00000000-0000-4000-8000-000000000001",
    prompt: "\u0000\u202e💥",
    model: "definitely-not-a-model",
    credits: -100,
    price: 0,
    userId: "someone-else",
  },
  { plan: "ENTERPRISE", packId: "pack-1", cancel: "yes", monthlySpendCap: -5, lowBalanceThreshold: 1e12 },
];

beforeEach(() => {
  process.env.TALLY_LOCAL_AI_DELAY_MS = "0";
});

describe("every server action", () => {
  it("is found", () => {
    expect(actions.length).toBeGreaterThanOrEqual(10);
  });

  it.each(actions.filter((a) => !PUBLIC_ACTIONS.some((name) => a.name.endsWith(`#${name}`))).map((a) => [a.name, a]))(
    "%s refuses without a session and reveals nothing",
    async (_name, action) => {
      signOut();
      const result = await action.run({});
      expect(result).toEqual({ ok: false, code: "UNAUTHENTICATED", message: expect.any(String) });
    },
  );

  it.each(actions.map((a) => [a.name, a]))(
    "%s answers hostile input with a clear error, never a crash, a charge or a model call",
    async (_name, action) => {
      const user = await signInAsNewUser();
      const spy = spyOnProvider();
      for (const input of hostile) {
        const result = await action.run(input);
        if (!result.ok) {
          expect(result.code).not.toBe("INTERNAL");
          expect(result.message?.length).toBeGreaterThan(0);
        }
      }
      expect(spy.text).not.toHaveBeenCalled();
      expect(spy.image).not.toHaveBeenCalled();
      expect(spy.video).not.toHaveBeenCalled();
      expect((await db().wallet.findUniqueOrThrow({ where: { userId: user.id } })).available).toBe(100);
      vi.restoreAllMocks();
    },
  );
});
