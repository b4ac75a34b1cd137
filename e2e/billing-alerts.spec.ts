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
