import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { IMAGE_MODELS, VIDEO_MODELS } from "@/config/pricing";
import { db } from "@/lib/db";
import { spyOnProvider } from "@/lib/testing/provider-spy";
import { signInAsNewUser } from "@/lib/testing/session";

vi.mock("@/lib/auth/session", () => import("@/lib/testing/session"));
const { generateImage } = await import("./generate-image");
const { generateVideo } = await import("./generate-video");

const balance = async (userId: string) => (await db().wallet.findUniqueOrThrow({ where: { userId } })).available;
let spy: ReturnType<typeof spyOnProvider>;

beforeEach(() => {
  spy = spyOnProvider();
  delete process.env.TALLY_FAULTS;
});
afterEach(() => vi.restoreAllMocks());

describe("generateImage", () => {
  it.each([
    ["sketch", "512x512"],
    ["prism", "1024x1024"],
    ["aurora", "1792x1024"],
  ] as const)(
    "charges %s at %s exactly the table price and saves the image at that size",
    async (model, resolution) => {
      const user = await signInAsNewUser();
      const result = await generateImage({
        requestId: randomUUID(),
        prompt: "a lighthouse at dusk",
        model,
        resolution,
      });
      const price = IMAGE_MODELS[model].credits[resolution];
      expect(result).toMatchObject({ ok: true, data: { credits: price, mimeType: "image/svg+xml" } });
      expect(await balance(user.id)).toBe(100 - price);
      const media = await db().media.findFirstOrThrow({ where: { userId: user.id } });
      const [width, height] = resolution.split("x").map(Number);
      expect(media).toMatchObject({ kind: "IMAGE", model, width, height, credits: price });
      expect(Buffer.from(media.data).toString()).toContain(`width="${width}" height="${height}"`);
    },
  );

  it("charges a retried request once and returns the first image", async () => {
    const user = await signInAsNewUser();
    const input = { requestId: randomUUID(), prompt: "a fox", model: "prism", resolution: "512x512" };
    const [first, second] = await Promise.all([generateImage(input), generateImage(input)]);
    const third = await generateImage(input);
    const ok = [first, second, third].filter((r) => r.ok);
    expect(ok.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ok.map((r) => r.ok && r.data.mediaId)).size).toBe(1);
    expect(spy.image).toHaveBeenCalledTimes(1);
    expect(await balance(user.id)).toBe(94);
    expect(await db().media.count({ where: { userId: user.id } })).toBe(1);
  });

  it("releases the hold when the model fails: nothing charged, nothing saved", async () => {
    const user = await signInAsNewUser();
    process.env.TALLY_FAULTS = "aurora:fail";
    const result = await generateImage({
      requestId: randomUUID(),
      prompt: "x",
      model: "aurora",
      resolution: "512x512",
    });
    expect(result).toMatchObject({ ok: false, code: "PROVIDER_FAILED", message: expect.stringMatching(/not charged/) });
    expect(await balance(user.id)).toBe(100);
    expect(await db().media.count({ where: { userId: user.id } })).toBe(0);
  });

  it("rejects a client-sent price or unknown resolution without calling the model", async () => {
    const user = await signInAsNewUser();
    const result = await generateImage({
      requestId: randomUUID(),
      prompt: "x",
      model: "sketch",
      resolution: "4096x4096",
      credits: 0,
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", message: expect.stringMatching(/resolution/) });
    expect(spy.image).not.toHaveBeenCalled();
    expect(await balance(user.id)).toBe(100);
  });
});

describe("generateVideo", () => {
  it("charges model × seconds × resolution and saves a playable GIF", async () => {
    const user = await signInAsNewUser();
    const result = await generateVideo({
      requestId: randomUUID(),
      prompt: "waves",
      model: "reel",
      resolution: "480p",
      seconds: 4,
    });
    const price = VIDEO_MODELS.reel.creditsPerSecond["480p"] * 4;
    expect(result).toMatchObject({
      ok: true,
      data: { credits: price, mimeType: "image/gif", width: 854, height: 480 },
    });
    expect(await balance(user.id)).toBe(100 - price);
    const media = await db().media.findFirstOrThrow({ where: { userId: user.id } });
    expect(Buffer.from(media.data).subarray(0, 6).toString()).toBe("GIF89a");
  });

  it("refuses a clip the balance cannot cover without calling the model", async () => {
    const user = await signInAsNewUser();
    const result = await generateVideo({
      requestId: randomUUID(),
      prompt: "waves",
      model: "cinema",
      resolution: "1080p",
      seconds: 12,
    });
    expect(result).toMatchObject({
      ok: false,
      code: "INSUFFICIENT_CREDITS",
      details: { required: 600, available: 100, missing: 500 },
    });
    expect(spy.video).not.toHaveBeenCalled();
    expect(await balance(user.id)).toBe(100);
  });

  it("rejects durations that are not on the price list", async () => {
    await signInAsNewUser();
    const result = await generateVideo({
      requestId: randomUUID(),
      prompt: "waves",
      model: "reel",
      resolution: "480p",
      seconds: 5,
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID_INPUT", message: expect.stringMatching(/4, 8 or 12/) });
  });
});
