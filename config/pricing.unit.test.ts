import { describe, expect, it } from "vitest";
import { PLANS, CREDIT_PACKS, centsPerCredit } from "./plans";
import {
  CHAT_MODELS,
  IMAGE_MODELS,
  IMAGE_RESOLUTIONS,
  VIDEO_DURATIONS,
  VIDEO_MODELS,
  VIDEO_RESOLUTIONS,
} from "./pricing";
import { quote } from "@/lib/credits/quote";

const imagePrices = Object.values(IMAGE_MODELS).flatMap((model) => IMAGE_RESOLUTIONS.map((r) => model.credits[r]));
const videoPrices = Object.values(VIDEO_MODELS).flatMap((model) =>
  VIDEO_RESOLUTIONS.flatMap((r) => VIDEO_DURATIONS.map((seconds) => model.creditsPerSecond[r] * seconds)),
);

describe("price table", () => {
  it("has the plans the product promises", () => {
    expect(PLANS.FREE).toMatchObject({ monthlyCredits: 100, priceCents: 0 });
    expect(PLANS.STARTER).toMatchObject({ monthlyCredits: 1_000, priceCents: 999 });
    expect(PLANS.PRO).toMatchObject({ monthlyCredits: 2_500, priceCents: 1_999 });
    expect(centsPerCredit(PLANS.PRO.priceCents, PLANS.PRO.monthlyCredits)).toBeLessThan(
      centsPerCredit(PLANS.STARTER.priceCents, PLANS.STARTER.monthlyCredits),
    );
  });

  it("makes every video cost more than any image", () => {
    expect(Math.min(...videoPrices)).toBeGreaterThan(Math.max(...imagePrices));
  });

  it("fits the Free plan: dozens of cheap messages, a few images, at most one short video", () => {
    const cheapest = Math.min(...Object.values(CHAT_MODELS).map((m) => m.creditsPerMessage));
    expect(cheapest).toBe(1);
    expect(Math.floor(PLANS.FREE.monthlyCredits / cheapest)).toBeGreaterThanOrEqual(24);
    expect(Math.floor(PLANS.FREE.monthlyCredits / Math.min(...imagePrices))).toBeGreaterThanOrEqual(3);
    expect(Math.floor(PLANS.FREE.monthlyCredits / Math.min(...videoPrices))).toBe(1);
  });

  it("uses whole, positive credit amounts everywhere", () => {
    const all = [
      ...Object.values(CHAT_MODELS).map((m) => m.creditsPerMessage),
      ...imagePrices,
      ...videoPrices,
      ...Object.values(CREDIT_PACKS).map((p) => p.credits),
    ];
    for (const price of all) expect(Number.isInteger(price) && price > 0).toBe(true);
  });

  it("quotes straight from the table", () => {
    expect(quote({ kind: "CHAT", model: "oracle" })).toEqual({
      kind: "CHAT",
      model: "oracle",
      credits: 15,
      units: { messages: 1 },
    });
    expect(quote({ kind: "AGENT", model: "swift" }).credits).toBe(1);
    expect(quote({ kind: "IMAGE", model: "prism", resolution: "1792x1024" })).toMatchObject({
      credits: 15,
      units: { resolution: "1792x1024" },
    });
    expect(quote({ kind: "VIDEO", model: "cinema", seconds: 8, resolution: "720p" })).toMatchObject({
      credits: 280,
      units: { seconds: 8, resolution: "720p" },
    });
  });
});
