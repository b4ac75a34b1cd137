import { expect, test } from "./fixtures";
import { AuthPages } from "./pages/auth";
import { BillingPage, SandboxCheckoutPage } from "./pages/billing";

test("a friend who signs up through a referral link and pays earns both people their bonus", async ({
  page,
  browser,
  auth,
  referrals,
}) => {
  await auth.signUp(undefined, "Rita Referrer");
  await referrals.open();
  const link = await referrals.link().inputValue();
  expect(link).toMatch(/\/r\/[A-Z0-9]{8}$/);
  await page.getByRole("button", { name: "Copy" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  await expect(referrals.stat("Sign-ups")).toHaveText("0");

  const friendContext = await browser.newContext();
  const friend = await friendContext.newPage();
  await friend.goto(new URL(link).pathname);
  await expect(friend).toHaveURL(/\/sign-up\?ref=/);
  await expect(friend.locator("main [role=status]")).toContainText(
    "You were invited — you'll both get bonus credits when you first pay",
  );
  await new AuthPages(friend).signUp(undefined, "Fred Friend");

  const friendBilling = new BillingPage(friend);
  await friendBilling.open();
  await friendBilling.buyPack("500");
  await new SandboxCheckoutPage(friend).pay();
  await expect(new AuthPages(friend).balance()).toHaveText("700 credits");
  await expect(friendBilling.balanceSource("Referral bonus")).toBeVisible();
  await friendContext.close();

  await referrals.open();
  await expect(referrals.stat("Sign-ups")).toHaveText("1");
  await expect(referrals.stat("Conversions")).toHaveText("1");
  await expect(referrals.stat("Credits earned")).toHaveText("200");
  await expect(auth.balance()).toHaveText("300 credits");
});
