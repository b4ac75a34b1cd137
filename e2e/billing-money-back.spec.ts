import { expect, test } from "./fixtures";

// When money does not arrive or goes back, as a person sees it (test mode's portal, invoice and payment pages).
test.use({ timezoneId: "UTC" });

test("a renewal the card declines: a banner everywhere, no new credits; a new card pays it and the credits arrive once", async ({
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

  // A card that declines, saved in the portal.
  await page.getByRole("button", { name: "Manage payment methods" }).click();
  await expect(page).toHaveURL(/\/billing\/sandbox\/portal$/);
  await page.getByRole("radio", { name: /0341/ }).check();
  await page.getByRole("button", { name: "Save card" }).click();
  await expect(page.getByText("Saved: Visa •••• 0341 is your card now.")).toBeVisible();
  await page.getByRole("link", { name: "Back to Tally" }).click();

  await page.getByRole("button", { name: "Simulate renewal" }).click();
  await expect(billing.alert().filter({ hasText: "its payment did not go through" })).toBeVisible();
  await expect(auth.balance()).toHaveText("0 credits");
  const banner = page.getByRole("alert").filter({ hasText: "Your payment of $9.99 failed" });
  await page.goto("/chat");
  await expect(banner).toContainText("Update your card to get your 1,000 monthly credits.");

  // From the banner: another card, and the invoice paid.
  await banner.getByRole("button", { name: "Update card" }).click();
  await expect(page).toHaveURL(/\/billing\/sandbox\/portal$/);
  await page.getByRole("radio", { name: /4242/ }).check();
  await page.getByRole("button", { name: "Save card" }).click();
  await expect(page.getByText("Saved: Visa •••• 4242 is your card now.")).toBeVisible();
  await page.getByRole("button", { name: "Pay $9.99" }).click();
  await expect(page).toHaveURL(/\/billing\/sandbox\/invoices\/in_/);
  await expect(page.getByText("Paid", { exact: true })).toBeVisible();

  await billing.open();
  await expect(auth.balance()).toHaveText("1,000 credits");
  await expect(banner).toHaveCount(0);
  await page.reload();
  await expect(auth.balance()).toHaveText("1,000 credits");
});

test("a refunded pack: its credits leave the balance, and the receipt says what went back", async ({
  page,
  auth,
  billing,
  checkout,
}) => {
  await auth.signUp();
  await billing.open();
  await billing.buyPack("500");
  await checkout.pay();
  await expect(auth.balance()).toHaveText("600 credits");

  await billing.receipt("Credit pack · 500 credits").getByRole("link", { name: "Refund or dispute" }).click();
  await expect(page.getByRole("heading", { name: "$6.99" })).toBeVisible();
  await page.getByRole("button", { name: "Refund $3.49" }).click();
  await expect(page.getByText("Refunded $3.49: 249 credits taken back.")).toBeVisible();
  await page.getByRole("button", { name: "Refund $3.50" }).click();
  await expect(page.getByText("Refunded $3.50: 251 credits taken back.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Refund/ })).toHaveCount(0);

  await page.getByRole("link", { name: "Back to billing" }).click();
  await expect(auth.balance()).toHaveText("100 credits");
  await expect(billing.balanceSource("Credit packs")).toHaveCount(0);
  await expect(
    page.getByText("500 credits taken back because their payment was refunded or lost in a dispute"),
  ).toBeVisible();
  const receipt = billing.receipt("Credit pack · 500 credits");
  await expect(receipt).toContainText("Refunded");
  await expect(receipt).toContainText("Refunded $3.49: 249 credits taken back.");
});

test("a disputed pack is frozen while the dispute is open and comes back when it is won", async ({
  page,
  auth,
  billing,
  checkout,
}) => {
  await auth.signUp();
  await billing.open();
  await billing.buyPack("500");
  await checkout.pay();

  await billing.receipt("Credit pack · 500 credits").getByRole("link", { name: "Refund or dispute" }).click();
  await page.getByRole("button", { name: "Open a dispute" }).click();
  await expect(page.getByText("Disputed $6.99: 500 credits frozen until the dispute closes.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Refund/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Back to billing" }).click();
  await expect(auth.balance()).toHaveText("100 credits");
  await expect(page.getByText("500 credits frozen while a payment is disputed")).toBeVisible();
  await expect(billing.receipt("Credit pack · 500 credits")).toContainText("Disputed");

  await billing.receipt("Credit pack · 500 credits").getByRole("link", { name: "Refund or dispute" }).click();
  await page.getByRole("button", { name: "Win the dispute" }).click();
  await expect(page.getByText("Dispute won: the 500 credits frozen are back.")).toBeVisible();
  await page.getByRole("link", { name: "Back to billing" }).click();
  await expect(auth.balance()).toHaveText("600 credits");
  await expect(page.getByText("frozen while a payment is disputed")).toHaveCount(0);
});
