import { expect, type Page } from "@playwright/test";
import { statValue } from "./stat";

/** Settings > Plan & billing. */
export class BillingPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto("/settings/billing");
  }

  async upgradeTo(plan: "Starter" | "Pro") {
    await this.page.getByRole("button", { name: `Upgrade to ${plan}` }).click();
  }

  async buyPack(credits: "500" | "1,500" | "5,000") {
    await this.page.getByRole("button", { name: `Buy ${credits} credits` }).click();
  }

  async cancelPlan() {
    await this.page.getByRole("button", { name: "Cancel plan" }).click();
    await this.page.getByRole("button", { name: "Yes, cancel plan" }).click();
  }

  /** The page's notices (role=status) and the toasts confirming what an action changed; errors are `alert()`. */
  notices() {
    return this.page.locator("main [role=status], [data-sonner-toast]");
  }

  alert() {
    return this.page.locator("main [role=alert]");
  }

  /** A line of the balance breakdown, e.g. "Credit packs". */
  balanceSource(label: string) {
    return this.page.getByRole("term").filter({ hasText: label });
  }

  receipt(description: string) {
    return this.page.getByRole("listitem").filter({ hasText: description });
  }
}

/** The test-mode stand-in for Stripe Checkout at /billing/sandbox/{sessionId}. */
export class SandboxCheckoutPage {
  constructor(private readonly page: Page) {}

  async expectOpen(title: string, amount: string) {
    await expect(this.page).toHaveURL(/\/billing\/sandbox\/cs_test_/);
    await expect(this.page.getByText("Test mode — no real payment")).toBeVisible();
    await expect(this.page.getByRole("heading", { name: title })).toBeVisible();
    await expect(this.page.getByText(amount).first()).toBeVisible();
  }

  async pay() {
    await this.page.getByRole("button", { name: "Pay", exact: true }).click();
    await expect(this.page).toHaveURL(/\/settings\/billing/);
  }

  async payByBankTransfer() {
    await this.page.getByRole("button", { name: "Pay by bank transfer (settles later)" }).click();
    await expect(this.page.getByText("Bank transfer pending")).toBeVisible();
  }

  async bankTransfer(outcome: "succeeded" | "failed") {
    await this.page.getByRole("button", { name: `Bank transfer ${outcome}` }).click();
    await expect(this.page).toHaveURL(/\/settings\/billing/);
  }
}

/** Settings > Referrals. */
export class ReferralsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto("/settings/referrals");
  }

  link() {
    return this.page.getByLabel("Invite link");
  }

  /** The number shown under a stat's label ("Sign-ups", "Conversions", "Credits earned"). */
  stat(label: string) {
    return statValue(this.page, label);
  }
}
