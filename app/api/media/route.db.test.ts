import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { signInAs, signInAsNewUser, signOut } from "@/lib/testing/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));
const { generateImage } = await import("@/lib/media/actions/generate-image");
const { GET } = await import("./[id]/route");

const get = (id: string, query = "") => GET(new Request(`http://localhost/api/media/${id}${query}`), { params: Promise.resolve({ id }) });

describe("GET /api/media/[id]", () => {
  it("serves a file to its owner only; others get 404, signed-out visitors 401", async () => {
    const owner = await signInAsNewUser();
    const made = await generateImage({ requestId: randomUUID(), prompt: "a red kite", model: "sketch", resolution: "512x512" });
    const mediaId = made.ok ? made.data.mediaId : "";
    const mine = await get(mediaId);
    expect(mine.status).toBe(200);
    expect(mine.headers.get("content-type")).toBe("image/svg+xml");
    expect(mine.headers.get("content-security-policy")).toContain("sandbox");
    expect((await get(mediaId, "?download=1")).headers.get("content-disposition")).toMatch(/attachment; filename="tally-image-a-red-kite\.svg"/);

    await signInAsNewUser();
    const stolen = await get(mediaId);
    expect(stolen.status).toBe(404);
    expect(await stolen.json()).toEqual({ ok: false, code: "NOT_FOUND", message: "No such file." });
    signOut();
    expect((await get(mediaId)).status).toBe(401);
    signInAs(owner);
  });
});
