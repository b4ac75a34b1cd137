import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { signInAs, signInAsNewUser, signOut } from "@/lib/testing/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));
const { generateImage } = await import("@/lib/media/actions/generate-image");
const { generateVideo } = await import("@/lib/media/actions/generate-video");
const { GET } = await import("./[id]/route");

const get = (id: string, query = "") =>
  GET(new Request(`http://localhost/api/media/${id}${query}`), { params: Promise.resolve({ id }) });

const KINDS = {
  image: {
    make: () =>
      generateImage({ requestId: randomUUID(), prompt: "a red kite", model: "sketch", resolution: "512x512" }),
    type: "image/svg+xml",
    file: "tally-image-a-red-kite.svg",
  },
  video: {
    make: () =>
      generateVideo({ requestId: randomUUID(), prompt: "a red kite", model: "reel", resolution: "480p", seconds: 4 }),
    type: "image/gif",
    file: "tally-video-a-red-kite.gif",
  },
};

describe("GET /api/media/[id]", () => {
  it.each(Object.entries(KINDS))(
    "serves a generated %s to its owner only; others get 404, signed-out visitors 401",
    async (_kind, { make, type, file }) => {
      const owner = await signInAsNewUser();
      const made = await make();
      const mediaId = made.ok ? made.data.mediaId : "";
      const mine = await get(mediaId);
      expect(mine.status).toBe(200);
      expect(mine.headers.get("content-type")).toBe(type);
      expect(mine.headers.get("content-security-policy")).toContain("sandbox");
      expect((await get(mediaId, "?download=1")).headers.get("content-disposition")).toBe(
        `attachment; filename="${file}"`,
      );

      await signInAsNewUser();
      const stolen = await get(mediaId);
      expect(stolen.status).toBe(404);
      expect(await stolen.json()).toEqual({ ok: false, code: "NOT_FOUND", message: "No such file." });
      signOut();
      expect((await get(mediaId)).status).toBe(401);
      signInAs(owner);
    },
  );
});
