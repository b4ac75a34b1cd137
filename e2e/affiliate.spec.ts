import { readFile } from "node:fs/promises";
import { readCsv } from "@/lib/activity/csv-read";
import { expect, test } from "./fixtures";
import { AuthPages } from "./pages/auth";
import { BillingPage, SandboxCheckoutPage } from "./pages/billing";
import { expectAccessible } from "./support/accessibility";

// A person's browser (Playwright's own user agent says HeadlessChrome, which is rightly not counted as a click).
const PERSON_USER_AGENT =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

test("an affiliate earns 25 % of what the customer they brought pays, approved after the refund window, taken as credits", async ({
  page,
  browser,
  auth,
  billing,
  affiliate,
}) => {
  await auth.signUp(undefined, "Alex Affiliate");
  await affiliate.open();
  await expectAccessible(page, "/settings/affiliate, joining");
  await affiliate.join();
  const link = await affiliate.link().inputValue();
  expect(link).toMatch(/\/r\/[A-Z0-9]{8}$/);
  await expect(affiliate.stat("Clicks")).toHaveText("0");

  const visitorContext = await browser.newContext({ userAgent: PERSON_USER_AGENT });
  const visitor = await visitorContext.newPage();
  await visitor.goto(`${new URL(link).pathname}?via=youtube`);
  await expect(visitor).toHaveURL(/\/sign-up\?ref=/);
  await new AuthPages(visitor).signUp(undefined, "Vera Visitor");
  const visitorBilling = new BillingPage(visitor);
  await visitorBilling.open();
  await visitorBilling.upgradeTo("Pro");
  await new SandboxCheckoutPage(visitor).pay();
  await expect(new AuthPages(visitor).balance()).toHaveText("2,600 credits"); // Pro, and the friend's welcome bonus
  await visitorContext.close();

  await affiliate.open();
  await expect(affiliate.stat("Clicks")).toHaveText("1");
  await expect(affiliate.stat("Sign-ups")).toHaveText("1");
  await expect(affiliate.stat("Paying customers")).toHaveText("1");
  await expect(affiliate.stat("Pending")).toHaveText("$5.00");
  await expect(affiliate.stat("Approved")).toHaveText("$0.00");
  await expect(page.getByRole("row").filter({ hasText: "$19.99" })).toContainText("Pending");
  await expectAccessible(page, "/settings/affiliate, a pending commission");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = readCsv(await readFile((await (await download).path())!, "utf8"));
  expect(csv[0]).toEqual([
    "date",
    "customer",
    "kind",
    "payment_usd",
    "commission_usd",
    "state",
    "approved_from",
    "payout_id",
  ]);
  expect(csv.slice(1)).toEqual([
    [
      expect.any(String),
      expect.stringMatching(/^Customer [0-9a-f]{6}$/),
      "commission",
      "19.99",
      "5.00",
      "pending",
      expect.any(String),
      "",
    ],
  ]);

  await affiliate.moveThirtyDaysAhead();
  await expect(affiliate.stat("Approved")).toHaveText("$5.00");
  await expect(affiliate.stat("Pending")).toHaveText("$0.00");
  await expect(auth.balance()).toHaveText("300 credits"); // 100 free + the 200 referral bonus

  await affiliate.takeAsCredits();
  await expect(page.getByText("600 credits added to your balance.")).toBeVisible();
  await expect(auth.balance()).toHaveText("900 credits");
  await expect(affiliate.stat("Paid")).toHaveText("$5.00");
  await expect(affiliate.stat("Approved")).toHaveText("$0.00");
  await expect(page.getByRole("button", { name: "Take as credits" })).toBeDisabled();

  await billing.open();
  await expect(billing.balanceSource("Affiliate earnings")).toBeVisible();
  await page.goto("/affiliate");
  await expectAccessible(page, "/affiliate");
});

test("an affiliate sets up payouts with Stripe and is paid approved earnings of $25 in money, once a month", async ({
  page,
  browser,
  auth,
  affiliate,
}) => {
  await auth.signUp(undefined, "Paula Payout");
  await affiliate.open();
  await affiliate.join();
  const link = await affiliate.link().inputValue();
  await expect(affiliate.payoutsCard()).toContainText("Set up payouts with Stripe");

  const visitorContext = await browser.newContext({ userAgent: PERSON_USER_AGENT });
  const visitor = await visitorContext.newPage();
  await visitor.goto(new URL(link).pathname);
  await new AuthPages(visitor).signUp(undefined, "Bea Buyer");
  const visitorBilling = new BillingPage(visitor);
  for (let i = 0; i < 2; i += 1) {
    await visitorBilling.open();
    await visitorBilling.buyPack("5,000");
    await new SandboxCheckoutPage(visitor).pay();
  }
  await visitorContext.close();

  await affiliate.open();
  await expect(affiliate.stat("Pending")).toHaveText("$25.00");
  await affiliate.setUpPayouts();
  await expect(page.getByRole("heading", { name: "Set up payouts" })).toBeVisible();
  await expectAccessible(page, "/billing/sandbox/connect, Stripe's onboarding");
  await page.getByRole("button", { name: "Submit", exact: true }).click();
  await expect(page).toHaveURL(/\/settings\/affiliate#payouts$/);
  await expect(affiliate.payoutsCard().getByText("On", { exact: true })).toBeVisible();
  await expect(affiliate.payoutsCard()).toContainText("at least $25.00 is needed");

  await affiliate.moveThirtyDaysAhead();
  await expect(affiliate.stat("Approved")).toHaveText("$25.00");
  await expect(affiliate.payoutsCard()).toContainText("$25.00 approved so far.");
  await expectAccessible(page, "/settings/affiliate, payouts on");
  await affiliate.sendTransferNow();
  await expect(page.getByText("Test mode: $25.00 sent to your Stripe account.")).toBeVisible();
  await expect(affiliate.stat("Paid")).toHaveText("$25.00");
  await expect(affiliate.stat("Approved")).toHaveText("$0.00");
  await expect(page.getByRole("listitem").filter({ hasText: "$25.00 to your Stripe account" })).toContainText("Paid");
  await expect(auth.balance()).toHaveText("300 credits"); // money, not credits

  await affiliate.sendTransferNow(); // the same month again: nothing more
  await expect(page.getByText("Test mode: no transfer this month")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "to your Stripe account" })).toHaveCount(1);
});
