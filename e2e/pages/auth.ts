import { expect, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";

export const PASSWORD = "correct horse battery staple";

export function uniqueEmail() {
  return `e2e-${randomUUID()}@example.test`;
}

export class AuthPages {
  constructor(private readonly page: Page) {}

  /** Signs up and, unless told not to, confirms the email from the local Outbox (as a newcomer would). */
  async signUp(email = uniqueEmail(), name = "Ada Tester", { confirm = true } = {}) {
    await this.page.goto("/sign-up");
    await this.page.getByLabel("Name").fill(name);
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(PASSWORD);
    await this.page.getByRole("button", { name: "Create account" }).click();
    await expect(this.page).toHaveURL(/\/chat$/);
    if (confirm) {
      await this.confirmEmail(email);
      await this.page.goto("/chat");
    }
    return email;
  }

  /** Opens the newest link of `subject` sent to `email`, from the local Outbox. */
  async openEmailLink(email: string, subject: string) {
    await this.page.goto(`/outbox?to=${encodeURIComponent(email)}`);
    const message = this.page.getByRole("article", { name: `${subject}, to ${email}` }).first();
    await message.getByRole("link").first().click();
  }

  async confirmEmail(email: string) {
    await this.openEmailLink(email, "Confirm your email for Tally");
    await this.page.getByRole("button", { name: "Confirm my email" }).click();
    await expect(this.page.getByText(`${email} is confirmed.`)).toBeVisible();
  }

  async signIn(email: string, password = PASSWORD) {
    await this.page.goto("/sign-in");
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in", exact: true }).click();
  }

  async signOut() {
    await this.page.getByRole("button", { name: "Account menu" }).click();
    await this.page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(this.page).toHaveURL(/\/sign-in/);
  }

  balance() {
    return this.page.getByTestId("credit-balance");
  }
}
