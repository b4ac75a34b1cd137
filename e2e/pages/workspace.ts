import { expect, type Page } from "@playwright/test";

/** What every workspace page shares: alerts inside <main> (Next's route announcer is also an alert). */
export class Workspace {
  constructor(protected readonly page: Page) {}

  alert() {
    return this.page.locator("main [role=alert]");
  }

  /** The price shown before sending, e.g. "≈ 4 credits" or "≈ 20 credits for 3 models". */
  priceHint() {
    return this.page.locator("main").getByText(/^≈ \d+ credits?/);
  }

  async expectNotEnoughCredits(missing: number) {
    const alert = this.alert();
    await expect(alert).toContainText(`Not enough credits — ${missing} ${missing === 1 ? "credit" : "credits"} short`);
    await expect(alert).toContainText("nothing was charged");
    await expect(alert.getByRole("link", { name: "Upgrade your plan" })).toHaveAttribute("href", "/settings/billing");
    await expect(alert.getByRole("link", { name: "Buy credits" })).toHaveAttribute("href", "/settings/billing");
  }
}
