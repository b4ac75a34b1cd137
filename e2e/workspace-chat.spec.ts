import { expect, test } from "@playwright/test";
import { CHAT_MODELS } from "@/config/pricing";
import { AuthPages } from "./pages/auth";
import { WorkspaceChat } from "./pages/workspace-chat";

const { swift, nimbus, sage } = CHAT_MODELS;

test("an answer streams in word by word, shows its cost, the conversation total and the new balance", async ({
  page,
}) => {
  const auth = new AuthPages(page);
  const chat = new WorkspaceChat(page);
  await auth.signUp();

  await chat.chooseModel("nimbus");
  await expect(chat.priceHint()).toHaveText(`≈ ${nimbus.creditsPerMessage} credits`);
  const distinctLengths = await chat.recordStreaming();
  // Code the page has not loaded yet (the Markdown renderer) arrives late, as on a slow phone: words must show anyway.
  await page.route("**/_next/static/chunks/**", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await chat.send("Write a TypeScript function that checks a question");
  await chat.expectAnswers(1);

  // Words were on screen before the whole answer was (how many steps depends on the machine's speed).
  expect(await distinctLengths(), "the answer grew in several steps").toBeGreaterThan(1);
  await expect(page).toHaveURL(/\/chat\/[\w-]+$/);
  await expect(chat.replies().last()).toContainText("Answered by the built-in nimbus model");
  // Markdown: bold text and a highlighted code block.
  await expect(chat.replies().last().locator("strong").first()).toContainText("Write a TypeScript function");
  await expect(chat.replies().last().locator("pre code.hljs")).toContainText("export function answer");
  await expect(chat.costs().last()).toHaveText(`Cost: ${nimbus.creditsPerMessage} credits`);
  await expect(chat.total()).toHaveText(`Total: ${nimbus.creditsPerMessage} credits`);
  await expect(auth.balance()).toHaveText(`${100 - nimbus.creditsPerMessage} credits`);

  // The same conversation goes on with another model; the total adds up.
  await chat.chooseModel("sage");
  await chat.send("And how would you test it?");
  await chat.expectAnswers(2);
  const total = nimbus.creditsPerMessage + sage.creditsPerMessage;
  await expect(chat.costs().last()).toHaveText(`Cost: ${sage.creditsPerMessage} credits`);
  await expect(chat.total()).toHaveText(`Total: ${total} credits`);
  await expect(auth.balance()).toHaveText(`${100 - total} credits`);

  // Everything was saved: a reload shows the same thread, and the sidebar lists it.
  await page.reload();
  await expect(chat.prompts()).toHaveText([
    "Write a TypeScript function that checks a question",
    "And how would you test it?",
  ]);
  await expect(chat.costs()).toHaveText([
    `Cost: ${nimbus.creditsPerMessage} credits`,
    `Cost: ${sage.creditsPerMessage} credits`,
  ]);
  await expect(chat.total()).toHaveText(`Total: ${total} credits`);
  await expect(chat.conversationLink("Write a TypeScript function that checks a question")).toHaveAttribute(
    "aria-current",
    "page",
  );
});

test("a new chat still moving to its own address takes the next model picked and the next message", async ({
  page,
}) => {
  const auth = new AuthPages(page);
  const chat = new WorkspaceChat(page);
  await auth.signUp();
  // Hold the new chat's move to /chat/{id} (a server render) until the next model is picked.
  let release = () => {};
  const moved = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/chat\/[\w-]+(\?.*)?$/, async (route) => {
    if (route.request().headers()["rsc"]) await moved;
    await route.continue();
  });

  await chat.chooseModel("swift");
  await chat.send("Plan a weekend in Lisbon");
  await chat.expectAnswers(1);
  await chat.chooseModel("nimbus");
  await chat.send("And where should we eat?");
  await expect(chat.costs()).toHaveText([`Cost: ${nimbus.creditsPerMessage} credits`]);
  release();

  // One conversation with both exchanges, the second at the model picked for it.
  await expect(page).toHaveURL(/\/chat\/[\w-]+$/);
  await page.reload();
  await expect(chat.prompts()).toHaveText(["Plan a weekend in Lisbon", "And where should we eat?"]);
  await expect(chat.costs()).toHaveText(["Cost: 1 credit", `Cost: ${nimbus.creditsPerMessage} credits`]);
  await expect(page.getByLabel("Model", { exact: true })).toHaveValue("nimbus");
  await expect(page.getByRole("navigation", { name: "Conversations" }).getByRole("listitem")).toHaveCount(1);
  await expect(auth.balance()).toHaveText(`${100 - swift.creditsPerMessage - nimbus.creditsPerMessage} credits`);
});

test("Regenerate answers the last message again, charged once more, without repeating the message", async ({
  page,
}) => {
  const auth = new AuthPages(page);
  const chat = new WorkspaceChat(page);
  await auth.signUp();

  await chat.send("Name three good habits");
  await chat.expectAnswers(1);
  await expect(auth.balance()).toHaveText(`${100 - swift.creditsPerMessage} credits`);

  await chat.regenerate();
  await chat.expectAnswers(2);
  await expect(chat.prompts()).toHaveCount(1);
  await expect(chat.replies()).toHaveCount(2);
  await expect(chat.total()).toHaveText(`Total: ${2 * swift.creditsPerMessage} credits`);
  await expect(auth.balance()).toHaveText(`${100 - 2 * swift.creditsPerMessage} credits`);

  await page.reload();
  await expect(chat.prompts()).toHaveCount(1);
  await expect(chat.replies()).toHaveCount(2);
});

test("Stop before the first word costs nothing and gives the message back", async ({ page }) => {
  const auth = new AuthPages(page);
  const chat = new WorkspaceChat(page);
  await auth.signUp();

  // Hold the request in the browser so Stop certainly comes before the first word.
  let release = () => {};
  await page.route("**/api/chat", (route) =>
    new Promise<void>((resolve) => (release = resolve)).then(() => route.abort().catch(() => {})),
  );
  await chat.send("This one is never answered");
  await expect(chat.sendButton()).toBeDisabled();
  await chat.stopButton().click();
  release();

  await expect(chat.stopButton()).toBeHidden();
  await expect(chat.messageBox()).toHaveValue("This one is never answered");
  await expect(chat.costs()).toHaveCount(0);
  await expect(chat.sendButton()).toBeEnabled();
  await expect(auth.balance()).toHaveText("100 credits");
  await expect(page).toHaveURL(/\/chat$/);
});

test("conversations are renamed and deleted, and another person cannot open them", async ({ page, browser }) => {
  const auth = new AuthPages(page);
  const chat = new WorkspaceChat(page);
  await auth.signUp();
  await chat.send("Plan a weekend in Lisbon");
  await chat.expectAnswers(1);
  await expect(page).toHaveURL(/\/chat\/[\w-]+$/);
  const conversationUrl = page.url();

  const stranger = await browser.newPage();
  await new AuthPages(stranger).signUp();
  await stranger.goto(conversationUrl);
  await expect(stranger.getByRole("heading", { name: "Conversation not found" })).toBeVisible();
  await expect(stranger.getByText("Plan a weekend in Lisbon")).toHaveCount(0);
  await stranger.close();

  await chat.renameConversation("Plan a weekend in Lisbon", "Lisbon trip");
  await expect(chat.conversationLink("Lisbon trip")).toBeVisible();
  await expect(chat.title()).toHaveText("Lisbon trip");

  await chat.deleteConversation("Lisbon trip");
  await expect(page).toHaveURL(/\/chat$/);
  await expect(chat.conversationLink("Lisbon trip")).toHaveCount(0);
  // Deleting a conversation refunds nothing and charges nothing.
  await expect(auth.balance()).toHaveText(`${100 - swift.creditsPerMessage} credits`);
});
