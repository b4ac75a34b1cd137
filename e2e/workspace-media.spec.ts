import { expect, test } from "./fixtures";
import { IMAGE_MODELS, VIDEO_MODELS } from "@/config/pricing";
import { MediaStudio } from "./pages/media";

test("an image costs its table price, shows up with its cost and lands in the gallery with a download", async ({
  page,
  auth,
}) => {
  const images = new MediaStudio(page, "/images");
  await auth.signUp();
  await images.open();

  await images.choose({ model: "prism", resolution: "1792 × 1024" });
  const price = IMAGE_MODELS.prism.credits["1792x1024"];
  await expect(images.priceHint()).toHaveText(`≈ ${price} credits`);
  await images.generate("A lighthouse on a cliff at dawn");

  await images.expectResultShown("A lighthouse on a cliff at dawn");
  await expect(images.resultCost()).toHaveText(`Cost: ${price} credits`);
  await expect(auth.balance()).toHaveText(`${100 - price} credits`);

  await expect(images.galleryItems()).toHaveCount(1);
  const download = images
    .galleryItems()
    .first()
    .getByRole("link", { name: /^Download/ });
  const href = await download.getAttribute("href");
  expect(href).toMatch(/^\/api\/media\/[\w-]+\?download=1$/);
  const file = await page.request.get(href!);
  expect(file.headers()["content-type"]).toBe("image/svg+xml");
  expect(file.headers()["content-disposition"]).toMatch(/^attachment; filename="tally-image-.+\.svg"$/);
});

test("a clip costs seconds × the per-second price and plays; when the Free balance runs out, nothing is charged", async ({
  page,
  auth,
}) => {
  const video = new MediaStudio(page, "/video");
  await auth.signUp();
  await video.open();

  await video.choose({ model: "reel", seconds: 4, resolution: "480p" });
  const price = VIDEO_MODELS.reel.creditsPerSecond["480p"] * 4;
  await expect(video.priceHint()).toHaveText(`≈ ${price} credits`);
  await video.generate("Waves rolling onto a beach");

  const clip = await video.expectResultShown("Waves rolling onto a beach");
  const file = await page.request.get((await clip.getAttribute("src"))!);
  expect(file.headers()["content-type"]).toBe("image/gif");
  await expect(video.result()).toContainText("Reel · 4 s · 480p");
  await expect(video.resultCost()).toHaveText(`Cost: ${price} credits`);
  await expect(auth.balance()).toHaveText(`${100 - price} credits`);
  await expect(video.galleryItems()).toHaveCount(1);

  // 40 credits left: a second 60-credit clip is refused before anything is rendered or charged.
  await video.generate("A second clip of the same beach");
  await video.expectNotEnoughCredits(price - (100 - price));
  await expect(auth.balance()).toHaveText(`${100 - price} credits`);
  await page.reload();
  await expect(video.galleryItems()).toHaveCount(1);
  await expect(auth.balance()).toHaveText(`${100 - price} credits`);
});
