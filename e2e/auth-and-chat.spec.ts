import { expect, test } from "./fixtures";
import { CHAT_MODELS } from "@/config/pricing";
import { PASSWORD, uniqueEmail } from "./pages/auth";

test("a new person signs up with 100 credits, pays the table price for a message, and signs out and in", async ({
  page,
  auth,
  chat,
}) => {
  const email = await auth.signUp();
  await expect(auth.balance()).toHaveText("100 credits");

  await chat.chooseModel("sage");
  await expect(chat.priceHint()).toHaveText(`≈ ${CHAT_MODELS.sage.creditsPerMessage} credits`);
  await chat.send("What should I cook tonight?");
  await chat.expectReply();
  await expect(chat.lastCost()).toContainText(`${CHAT_MODELS.sage.creditsPerMessage} credits`);
  await expect(auth.balance()).toHaveText(`${100 - CHAT_MODELS.sage.creditsPerMessage} credits`);

  await auth.signOut();
  await page.goto("/chat");
  await expect(page).toHaveURL(/\/sign-in/);

  await auth.signIn(email);
  await expect(page).toHaveURL(/\/chat/);
  await expect(auth.balance()).toHaveText(`${100 - CHAT_MODELS.sage.creditsPerMessage} credits`);
});

test("a double click on Send charges one message", async ({ page, auth, chat }) => {
  await auth.signUp();
  await chat.chooseModel("nimbus");
  await page.getByLabel("Message").fill("Tell me a joke");
  await page.getByRole("button", { name: "Send", exact: true }).dblclick();
  await chat.expectReply();
  await expect(auth.balance()).toHaveText(`${100 - CHAT_MODELS.nimbus.creditsPerMessage} credits`);
  await expect(page.getByTestId("chat-reply")).toHaveCount(1);
});

test("sign-in attempts are rate limited with a clear message", async ({ page, auth }) => {
  const email = uniqueEmail();
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await auth.signIn(email, `wrong password ${attempt}`);
    await expect(page.locator("main [role=alert]")).toContainText("don't match");
  }
  await auth.signIn(email, "wrong password 6");
  await expect(page.locator("main [role=alert]")).toContainText(
    /Too many sign-in attempts\. Try again in \d+ minutes?/,
  );
});

test("the seeded demo account signs in from the sign-in page and has history", async ({ page, auth }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Use demo account" }).click();
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/chat/);
  await expect(auth.balance()).toHaveText(/^[\d,]+ credits$/);
});

test("signed-out visitors see the plans and are sent to sign in from the app", async ({ page }) => {
  await page.goto("/");
  for (const plan of ["Free", "Starter", "Pro"])
    await expect(page.getByRole("heading", { name: plan, exact: true })).toBeVisible();
  await page.goto("/settings/billing");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a signed-out visitor to a deep link is back on it after signing in", async ({ page, auth }) => {
  const email = await auth.signUp();
  await auth.signOut();
  await page.goto("/settings/activity?range=7d");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/settings\/activity\?range=7d$/);
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.ok()).toBe(true);
  expect(await response.json()).toMatchObject({ status: "ok", database: "ok" });
});
