import { expect, test } from "./fixtures";

test("a credit pack arrives as soon as it is paid, in its own line of the balance", async ({
  auth,
  billing,
  checkout,
}) => {
  await auth.signUp();
  await billing.open();
  await expect(billing.balanceSource("Credit packs")).toHaveCount(0);

  await billing.buyPack("500");
  await checkout.expectOpen("Buy 500 credits", "$6.99");
  await checkout.pay();

  await expect(auth.balance()).toHaveText("600 credits");
  await expect(billing.balanceSource("Credit packs")).toContainText("Never expires");
  await expect(billing.receipt("Credit pack · 500 credits")).toContainText("$6.99");
  await expect(billing.receipt("Credit pack · 500 credits")).toContainText("Paid");
});

test("a cancelled checkout charges nothing and can no longer be paid", async ({ page, auth, billing, checkout }) => {
  await auth.signUp();
  await billing.open();
  await billing.buyPack("500");
  await checkout.expectOpen("Buy 500 credits", "$6.99");
  const checkoutUrl = page.url();
  await page.getByRole("link", { name: "Cancel", exact: true }).click();

  await expect(billing.notices().filter({ hasText: "Checkout cancelled. Nothing was charged." })).toBeVisible();
  await expect(billing.receipt("Credit pack · 500 credits")).toContainText("Not completed");
  await expect(auth.balance()).toHaveText("100 credits");
  await page.goto(checkoutUrl);
  await expect(page.getByText("This checkout was cancelled and can no longer be paid")).toBeVisible();
  await expect(page.getByRole("button", { name: "Pay", exact: true })).toHaveCount(0);
});

test("a bank transfer that fails credits nothing", async ({ auth, billing, checkout }) => {
  await auth.signUp();
  await billing.open();
  await billing.buyPack("1,500");
  await checkout.expectOpen("Buy 1,500 credits", "$17.99");
  await checkout.payByBankTransfer();
  await checkout.bankTransfer("failed");

  await expect(billing.alert()).toContainText("The bank transfer failed");
  await expect(billing.receipt("Credit pack · 1,500 credits")).toContainText("Failed");
  await expect(auth.balance()).toHaveText("100 credits");
  await expect(billing.balanceSource("Credit packs")).toHaveCount(0);
});

test("a bank transfer that settles later credits the pack once it succeeds", async ({
  page,
  auth,
  billing,
  checkout,
}) => {
  await auth.signUp();
  await billing.open();
  await billing.buyPack("500");
  await checkout.payByBankTransfer();
  const checkoutUrl = page.url();

  await page.getByRole("link", { name: "Back to Tally", exact: true }).click();
  await expect(billing.notices().filter({ hasText: "Your bank transfer is on its way" })).toBeVisible();
  await expect(billing.receipt("Credit pack · 500 credits")).toContainText("Pending");
  await expect(auth.balance()).toHaveText("100 credits");

  await page.goto(checkoutUrl);
  await checkout.bankTransfer("succeeded");
  await expect(auth.balance()).toHaveText("600 credits");
  await expect(billing.receipt("Credit pack · 500 credits")).toContainText("Paid");
});
