import { expect, test } from "./fixtures";

test("alerts and limits: invalid values are explained, and a low balance shows a dismissible banner", async ({
  page,
  auth,
  billing,
}) => {
  await auth.signUp();
  await billing.open();

  await page.getByLabel("Monthly spending cap").fill("0");
  await page.getByRole("button", { name: "Save alerts and limits" }).click();
  await expect(page.getByText("Use at least 1 credit")).toBeVisible();
  await expect(page.getByLabel("Monthly spending cap")).toBeFocused();

  await page.getByLabel("Low-balance alert").fill("150");
  await page.getByLabel("Monthly spending cap").fill("80");
  await page.getByRole("button", { name: "Save alerts and limits" }).click();
  await expect(billing.notices().filter({ hasText: "Saved." })).toContainText(
    "80 credits of your 80-credit cap left this period",
  );
  await page.getByLabel("Daily spending cap").fill("30");
  await page.getByRole("button", { name: "Save alerts and limits" }).click();
  await expect(billing.notices().filter({ hasText: "Saved." }).last()).toContainText(
    "30 credits of your 30-credit daily cap left today",
  );

  const banner = page.getByRole("status").filter({ hasText: "Your balance is below 150 credits" });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole("link", { name: "Buy credits" })).toHaveAttribute("href", "/settings/billing#packs");
  await page.goto("/chat");
  await expect(banner).toBeVisible();
  await banner.getByRole("button", { name: /Dismiss/ }).click();
  await expect(banner).toBeHidden();
  await page.reload();
  await expect(auth.balance()).toHaveText("100 credits");
  await expect(banner).toBeHidden();
});

test("a daily spending cap stops the next message once today's spending reaches it, and says where to change it", async ({
  page,
  auth,
  billing,
  chat,
}) => {
  await auth.signUp();
  await billing.open();
  await page.getByLabel("Daily spending cap").fill("1");
  await page.getByRole("button", { name: "Save alerts and limits" }).click();
  await expect(billing.notices().filter({ hasText: "Saved." })).toContainText(
    "1 credit of your 1-credit daily cap left today",
  );

  await chat.open();
  await chat.chooseModel("swift");
  await chat.send("the one message today's cap allows");
  await chat.expectReply();
  await chat.send("one more");
  const refusal = page.getByRole("alert").filter({ hasText: "Daily spending limit reached" });
  await expect(refusal).toContainText("allows only 0 more today");
  await refusal.getByRole("link", { name: "Change your limits" }).click();
  await expect(page).toHaveURL(/\/settings\/billing#alerts$/);
  await expect(page.getByText("0 credits left under your daily cap today.")).toBeVisible();
  await expect(auth.balance()).toHaveText("99 credits");
});
