import type { Page } from "@playwright/test";
import { statValue } from "./stat";

export class AffiliatePage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto("/settings/affiliate");
  }

  async join() {
    await this.page.getByRole("checkbox", { name: /I accept the affiliate terms/ }).check();
    await this.page.getByRole("button", { name: "Join the affiliate program" }).click();
  }

  link() {
    return this.page.getByLabel("Affiliate link");
  }

  /** The figure shown under a label: "Clicks", "Sign-ups", "Paying customers", "Pending", "Approved"… */
  stat(label: string) {
    return statValue(this.page, label);
  }

  async takeAsCredits() {
    await this.page.getByRole("button", { name: "Take as credits" }).click();
  }

  async moveThirtyDaysAhead() {
    await this.page.getByRole("button", { name: "Test mode: move 30 days ahead" }).click();
  }

  /** Settings › Affiliate's "Payouts in money" card. */
  payoutsCard() {
    return this.page.locator("#payouts");
  }

  async setUpPayouts() {
    await this.page.getByRole("button", { name: "Set up payouts with Stripe" }).click();
  }

  async sendTransferNow() {
    await this.page.getByRole("button", { name: "Test mode: send this month's transfer now" }).click();
  }
}
