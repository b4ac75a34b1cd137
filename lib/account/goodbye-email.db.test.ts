import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { signInAs } from "@/lib/testing/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));
// The outbox cannot take the goodbye (its database write, or queueing it, fails).
vi.mock("@/lib/email/send", () => ({ sendEmail: vi.fn(async () => Promise.reject(new Error("outbox unavailable"))) }));

const { createUser } = await import("@/lib/auth/queries");
const { deleteOwnAccount } = await import("./actions/delete-account");

describe("deleting an account", () => {
  it("is reported done when it is done, even if the goodbye email cannot be written", async () => {
    const email = `leaver-${randomUUID()}@example.test`;
    const user = await createUser({ email, name: "Leaver", emailVerified: true });
    signInAs(user);
    expect(await deleteOwnAccount({ confirmEmail: email })).toEqual({ ok: true, data: { deleted: true } });
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      deletedAt: expect.any(Date),
      passwordHash: null,
    });
  });
});
