import { expect, test } from "./fixtures";
import { readFileSync } from "node:fs";
import { readZip } from "../lib/testing/zip";
import { AuthPages, PASSWORD, uniqueEmail } from "./pages/auth";

// The account lifecycle as a person lives it: the emails arrive in the local Outbox (no SMTP here).

test("a new account spends nothing until its email is confirmed; the link brings the 100 free credits, once", async ({
  page,
  auth,
  chat,
}) => {
  const email = await auth.signUp(uniqueEmail(), "Ada Tester", { confirm: false });
  await expect(auth.balance()).toHaveText("0 credits");
  const banner = page.getByRole("status").filter({ hasText: "Confirm your email to get your 100 free credits." });
  await expect(banner).toContainText(`We sent a link to ${email}.`);

  await chat.send("Hello before confirming");
  await expect(
    page.getByText(
      `Confirm your email to get your 100 free credits: open the link we sent to ${email}. Nothing was charged.`,
    ),
  ).toBeVisible();
  await expect(auth.balance()).toHaveText("0 credits");

  await banner.getByRole("button", { name: "Resend link" }).click();
  await expect(page.getByText(`We sent a new link to ${email}.`)).toBeVisible();
  await banner.getByRole("link", { name: "Open the outbox" }).click();
  await expect(page.getByRole("article", { name: `Confirm your email for Tally, to ${email}` })).toHaveCount(2);

  await auth.confirmEmail(email);
  const used = page.url();
  await page.getByRole("link", { name: "Start chatting" }).click();
  await expect(auth.balance()).toHaveText("100 credits");
  await expect(banner).toHaveCount(0);
  await chat.send("Hello after confirming");
  await chat.expectReply();

  // The same link again: it says so, and nothing more is granted.
  await page.goto(used);
  await expect(page.getByText("This link has expired or was already used.")).toBeVisible();
});

test("forgot password: the same answer for any email, a link that sets a new one, and every other device signed out", async ({
  page,
  browser,
  auth,
}) => {
  const email = await auth.signUp();
  // The same person on a second device.
  const phone = await (await browser.newContext()).newPage();
  await new AuthPages(phone).signIn(email);
  await expect(phone).toHaveURL(/\/chat/);

  await auth.signOut();
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await page.getByLabel("Email").fill(`nobody-${email}`);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(
    page.getByText(`If nobody-${email} has a Tally account, a link to reset its password is on its way.`),
  ).toBeVisible();
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(
    page.getByText(`If ${email} has a Tally account, a link to reset its password is on its way.`),
  ).toBeVisible();

  await auth.openEmailLink(email, "Reset your Tally password");
  const link = page.url();
  await page.getByLabel("New password").fill("a completely new passphrase");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page).toHaveURL(/\/chat$/);
  await expect(auth.balance()).toHaveText("100 credits");

  // The phone's session ended with the old password.
  await phone.goto("/settings/billing");
  await expect(phone).toHaveURL(/\/sign-in/);
  await new AuthPages(phone).signIn(email, PASSWORD);
  await expect(phone.getByText("That email and password don't match an account.")).toBeVisible();
  await new AuthPages(phone).signIn(email, "a completely new passphrase");
  await expect(phone).toHaveURL(/\/chat/);

  await page.goto(link);
  await expect(page.getByText("This reset link has expired or was already used.")).toBeVisible();
  await page.goto(`/outbox?to=${encodeURIComponent(email)}`);
  await expect(page.getByRole("article", { name: `Your Tally password was changed, to ${email}` })).toBeVisible();
});

test("Settings › Profile: a new name, a new email once its link is opened, and a new password that signs out the other device", async ({
  page,
  browser,
  auth,
}) => {
  const email = await auth.signUp();
  const phone = await (await browser.newContext()).newPage();
  await new AuthPages(phone).signIn(email);
  await expect(phone).toHaveURL(/\/chat/);

  await page.goto("/settings/profile");
  await expect(page.getByText("coming soon")).toHaveCount(0);
  await page.getByLabel("Name").fill("Grace Hopper");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Saved. Tally calls you Grace Hopper now.")).toBeVisible();

  const next = uniqueEmail();
  await page.getByLabel("New email").fill(next);
  await page.locator("#email-current-password").fill(PASSWORD);
  await page.getByRole("button", { name: "Change email" }).click();
  await expect(
    page.getByText(`Check ${next}: the change takes effect when you open the link we sent there.`),
  ).toBeVisible();
  await page.goto(`/outbox?to=${encodeURIComponent(email)}`);
  await expect(page.getByRole("article", { name: `Your Tally email is being changed, to ${email}` })).toBeVisible();
  await auth.openEmailLink(next, "Confirm your new email for Tally");
  await page.getByRole("button", { name: "Use this email" }).click();
  await expect(page.getByText(`${next} is confirmed.`)).toBeVisible();

  await page.goto("/settings/profile");
  await expect(page.getByText(`signed in as ${next}`)).toBeVisible();
  await page.locator("#current-password").fill(PASSWORD);
  await page.locator("#new-password").fill("a completely new passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. 1 other device was signed out.")).toBeVisible();
  await phone.goto("/settings/profile");
  await expect(phone).toHaveURL(/\/sign-in/);

  await auth.signOut();
  await auth.signIn(next, "a completely new passphrase");
  await expect(page).toHaveURL(/\/chat/);
  await expect(auth.balance()).toHaveText("100 credits");
});

test("a person downloads their data, then deletes the account: signed out, and the account no longer signs in", async ({
  page,
  auth,
  chat,
}) => {
  const email = await auth.signUp();
  await chat.send("Remember this: a lighthouse");
  await chat.expectReply();

  await page.goto("/settings/profile");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download your data (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^tally-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(data.profile.email).toBe(email);
  expect(data.conversations[0].messages[0].content).toBe("Remember this: a lighthouse");
  const zipping = page.waitForEvent("download");
  await page.getByRole("link", { name: "With images and videos (ZIP)" }).click();
  const zip = await zipping;
  expect(zip.suggestedFilename()).toMatch(/^tally-data-\d{4}-\d{2}-\d{2}\.zip$/);
  const archive = await readZip(readFileSync((await zip.path())!));
  expect(JSON.parse(archive.get("tally-data.json")!.bytes.toString("utf8")).profile.email).toBe(email);

  const remove = page.getByRole("button", { name: "Delete my account" });
  await expect(remove).toBeDisabled();
  await page.getByLabel(`Type ${email} to confirm`).fill(email);
  await remove.click();
  await expect(page).toHaveURL(/\/sign-in\?account=deleted/);
  await expect(page.getByText("Your account and its data were deleted.")).toBeVisible();
  await auth.signIn(email);
  await expect(page.getByText("That email and password don't match an account.")).toBeVisible();
});
