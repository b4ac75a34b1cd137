import { expect, type Page } from "@playwright/test";
import { Workspace } from "./workspace";

/** The image and video pages share one form and gallery. */
export class MediaStudio extends Workspace {
  constructor(
    page: Page,
    private readonly path: "/images" | "/video",
  ) {
    super(page);
  }

  async open() {
    await this.page.goto(this.path);
  }

  async choose({ model, resolution, seconds }: { model?: string; resolution?: string; seconds?: number }) {
    if (model) await this.page.getByLabel("Model", { exact: true }).selectOption(model);
    if (seconds) await this.page.getByRole("radio", { name: `${seconds} s`, exact: true }).check();
    if (resolution) await this.page.getByRole("radio", { name: resolution, exact: true }).check();
  }

  async generate(prompt: string) {
    await this.page.getByLabel("Prompt", { exact: true }).fill(prompt);
    await this.page
      .getByRole("button", { name: this.path === "/video" ? "Generate video" : "Generate", exact: true })
      .click();
  }

  result() {
    return this.page.getByRole("region", { name: "Result" });
  }

  resultCost() {
    return this.page.getByTestId("result-cost");
  }

  galleryItems() {
    return this.page.getByTestId("gallery").getByRole("listitem");
  }

  /** The result's file really loaded (not a broken image). */
  async expectResultShown(prompt: string) {
    const image = this.result().getByRole("img", { name: new RegExp(prompt) });
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
    return image;
  }
}
