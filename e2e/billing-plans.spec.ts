import { expect, test } from "./fixtures";
import { addMonths } from "date-fns";
import { CHAT_MODELS } from "@/config/pricing";
import { formatNumber } from "@/components/format";

// Dates on the billing page are in the person's time zone, which sign-up takes from the browser.
test.use({ timezoneId: "UTC" });

const inOneMonth = () =>
  new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(addMonths(new Date(), 1));

test("pricing is public, explains the rules, and sends visitors to sign up", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("banner").getByRole("link", { name: "Pricing" }).first().click();
  await expect(page).toHaveURL(/\/pricing$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("All features on every plan");
  for (const perCredit of ["1.00¢ per credit", "0.80¢ per credit"])
    await expect(page.getByText(perCredit, { exact: true })).toBeVisible();
  await expect(page.getByText("does not roll over")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Downgrade any time" })).toBeVisible();
  await page.getByRole("link", { name: "Choose Pro" }).click();
  await expect(page).toHaveURL(/\/sign-up$/);
});

test("upgrading from Free to Pro in test mode gives 2,500 credits at once", async ({
  page,
  auth,
  billing,
  checkout,
}) => {
  await auth.signUp();
  await expect(auth.balance()).toHaveText("100 credits");

  await billing.open();
  await expect(page.getByText("Payments are simulated; no card is charged.")).toBeVisible();
  await billing.upgradeTo("Pro");
  await checkout.expectOpen("Subscribe to Tally Pro", "$19.99");
  await checkout.pay();

  await expect(auth.balance()).toHaveText("2,500 credits");
  await expect(billing.notices().filter({ hasText: "your payment went through" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Current plan" })).toBeDisabled();
  await expect(page.getByText(`Renews on ${inOneMonth()} for $19.99.`)).toBeVisible();
  await expect(billing.receipt("Pro plan · monthly")).toContainText("Paid");
  await expect(billing.receipt("Pro plan · monthly").getByRole("link", { name: /View invoice/ })).toHaveAttribute(
    "target",
    "_blank",
  );
});

test("cancelling a plan says when it ends; at the end of the period the person is on Free", async ({
  page,
  auth,
  billing,
  checkout,
}) => {
  await auth.signUp();
  await billing.open();
  await billing.upgradeTo("Starter");
  await checkout.pay();
  await expect(auth.balance()).toHaveText("1,000 credits");

  await billing.cancelPlan();
  await expect(
    billing.notices().filter({ hasText: `Starter ends on ${inOneMonth()}; you'll be on Free after that.` }),
  ).toBeVisible();
  await expect(page.getByText(`Ends on ${inOneMonth()}. No further charges.`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Resume plan" })).toBeVisible();
  await expect(auth.balance()).toHaveText("1,000 credits");

  await page.getByRole("button", { name: "Simulate renewal" }).click();
  await expect(billing.notices().filter({ hasText: "you're on Free now" })).toBeVisible();
  await expect(auth.balance()).toHaveText("100 credits");
  await expect(page.getByRole("button", { name: "Upgrade to Starter" })).toBeVisible();
});

test("between paid plans an upgrade applies at once, minus what this period spent, and a downgrade waits for the period's end", async ({
  page,
  auth,
  billing,
  chat,
  checkout,
}) => {
  const spent = CHAT_MODELS.sage.creditsPerMessage;
  await auth.signUp();
  await billing.open();
  await billing.upgradeTo("Starter");
  await checkout.pay();
  await expect(auth.balance()).toHaveText("1,000 credits");

  await chat.open();
  await chat.chooseModel("sage");
  await chat.send("Plan my week");
  await chat.expectReply();
  await expect(auth.balance()).toHaveText(`${formatNumber(1_000 - spent)} credits`);

  await billing.open();
  await billing.upgradeTo("Pro");
  const upgrade = page.getByRole("alertdialog", { name: "Upgrade to Pro now?" });
  await expect(upgrade).toContainText(
    `2,500 credits minus the ${spent} you've used this period: ${formatNumber(2_500 - spent)} credits until ${inOneMonth()}`,
  );
  await upgrade.getByRole("button", { name: "Upgrade to Pro" }).click();
  await expect(billing.notices().filter({ hasText: "You're on Pro now" })).toBeVisible();
  await expect(auth.balance()).toHaveText(`${formatNumber(2_500 - spent)} credits`);

  await page.getByRole("button", { name: "Switch to Starter" }).click();
  await page
    .getByRole("alertdialog", { name: `Switch to Starter on ${inOneMonth()}?` })
    .getByRole("button", { name: "Switch to Starter" })
    .click();
  await expect(billing.notices().filter({ hasText: "Switch scheduled." })).toBeVisible();
  await expect(billing.notices().filter({ hasText: `Your plan changes to Starter on ${inOneMonth()}.` })).toBeVisible();
  await expect(page.getByText(`Starts ${inOneMonth()}`)).toBeVisible();
  await expect(auth.balance()).toHaveText(`${formatNumber(2_500 - spent)} credits`);
});
