import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { signInAsNewUser } from "@/lib/testing/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));
const { POST: chatRoute } = await import("@/app/api/chat/route");
const { POST: councilRoute } = await import("@/app/api/council/route");

const MB = 1024 * 1024;
const huge = () =>
  JSON.stringify({ requestId: randomUUID(), model: "swift", models: ["swift", "nimbus"], prompt: "x".repeat(25 * MB) });

/** A body that arrives in pieces, without a Content-Length, and counts how much of it was read. */
function streamed(text: string) {
  const bytes = new TextEncoder().encode(text);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(sent, sent + 16 * 1024));
      sent += 16 * 1024;
    },
  });
  return { body, read: () => sent };
}

describe("request bodies of the streaming routes", () => {
  it.each([
    ["chat", chatRoute],
    ["council", councilRoute],
  ] as const)(
    "a 25 MB %s body is refused with 413 before it is read in full, and costs nothing",
    async (_name, route) => {
      const person = await signInAsNewUser();
      const declared = await route(
        new Request("http://localhost/api", {
          method: "POST",
          body: huge(),
          headers: { "content-length": String(25 * MB) },
        }),
      );
      expect(declared.status).toBe(413);
      expect(await declared.json()).toMatchObject({
        ok: false,
        code: "TOO_LARGE",
        message: expect.stringContaining("Nothing was charged"),
      });
      const stream = streamed(huge());
      const undeclared = await route(
        new Request("http://localhost/api", { method: "POST", body: stream.body, duplex: "half" } as RequestInit),
      );
      expect(undeclared.status).toBe(413);
      expect(stream.read()).toBeLessThan(MB);
      expect((await db().wallet.findUniqueOrThrow({ where: { userId: person.id } })).available).toBe(100);
      expect(await db().hold.count({ where: { userId: person.id } })).toBe(0);
    },
  );

  it("a body that is not JSON, or empty, is a 400 with a clear message", async () => {
    await signInAsNewUser();
    for (const body of ["{not json", ""]) {
      const response = await chatRoute(new Request("http://localhost/api", { method: "POST", body }));
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    }
  });
});
