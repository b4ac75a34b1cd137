import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { uniqueEmail } from "./pages/auth";
import { expectAccessible } from "./support/accessibility";

// Every page of the account lifecycle, checked with axe in light and dark.

/** The address of the newest link in an email, from the local Outbox. */
async function linkIn(page: Page, email: string, subject: string) {
  await page.goto(`/outbox?to=${encodeURIComponent(email)}`);
  return (await page
    .getByRole("article", { name: `${subject}, to ${email}` })
    .first()
    .getByRole("link")
    .first()
    .getAttribute("href"))!;
}

test("the account pages have no serious accessibility violation", async ({ page, auth }) => {
  for (const path of ["/sign-up", "/sign-in", "/forgot-password"]) {
    await page.goto(path);
    await expectAccessible(page, path);
  }
  // A mistyped address is explained under its field, in words, with the field marked invalid.
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Enter a valid email address");
  await expect(page.getByText("email: ")).toHaveCount(0);
  await expectAccessible(page, "/forgot-password, invalid email");
  await page.getByLabel("Email").fill(uniqueEmail());
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText(/has a Tally account, a link to reset its password is on its way/)).toBeVisible();
  await expectAccessible(page, "/forgot-password, sent");

  const email = await auth.signUp(uniqueEmail(), "Ada Tester", { confirm: false });
  await expectAccessible(page, "/chat with the verify banner");
  const verify = await linkIn(page, email, "Confirm your email for Tally");
  await expectAccessible(page, "/outbox");
  await page.goto(verify);
  await expectAccessible(page, "/verify-email/[token]");

  await page.goto("/settings/profile");
  await expectAccessible(page, "/settings/profile");

  await auth.signOut();
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText(/has a Tally account, a link to reset its password is on its way/)).toBeVisible();
  await page.goto(await linkIn(page, email, "Reset your Tally password"));
  await expectAccessible(page, "/reset-password/[token]");
  await page.goto("/reset-password/not-a-real-token");
  await expectAccessible(page, "/reset-password/[token], expired");
  await page.goto("/confirm-email-change/not-a-real-token");
  await expectAccessible(page, "/confirm-email-change/[token], expired");
});
