import { expect, test } from "./fixtures";
import { CHAT_MODELS } from "@/config/pricing";
import { AuthPages } from "./pages/auth";

const { swift, nimbus, sage } = CHAT_MODELS;

test("an answer streams in word by word, shows its cost, the conversation total and the new balance", async ({
  page,
  auth,
  workspaceChat,
}) => {
  await auth.signUp();

  await workspaceChat.chooseModel("nimbus");
  await expect(workspaceChat.priceHint()).toHaveText(`≈ ${nimbus.creditsPerMessage} credits`);
  const distinctLengths = await workspaceChat.recordStreaming();
  // Code the page has not loaded yet (the Markdown renderer) arrives late, as on a slow phone: words must show anyway.
  await page.route("**/_next/static/chunks/**", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await workspaceChat.send("Write a TypeScript function that checks a question");
  await workspaceChat.expectAnswers(1);

  // Words were on screen before the whole answer was (how many steps depends on the machine's speed).
  expect(await distinctLengths(), "the answer grew in several steps").toBeGreaterThan(1);
  await expect(page).toHaveURL(/\/chat\/[\w-]+$/);
  await expect(workspaceChat.replies().last()).toContainText("Answered by the built-in nimbus model");
  // Markdown: bold text and a highlighted code block.
  await expect(workspaceChat.replies().last().locator("strong").first()).toContainText("Write a TypeScript function");
  await expect(workspaceChat.replies().last().locator("pre code.hljs")).toContainText("export function answer");
  await expect(workspaceChat.costs().last()).toHaveText(`Cost: ${nimbus.creditsPerMessage} credits`);
  await expect(workspaceChat.total()).toHaveText(`Total: ${nimbus.creditsPerMessage} credits`);
  await expect(auth.balance()).toHaveText(`${100 - nimbus.creditsPerMessage} credits`);

  // The same conversation goes on with another model; the total adds up.
  await workspaceChat.chooseModel("sage");
  await workspaceChat.send("And how would you test it?");
  await workspaceChat.expectAnswers(2);
  const total = nimbus.creditsPerMessage + sage.creditsPerMessage;
  await expect(workspaceChat.costs().last()).toHaveText(`Cost: ${sage.creditsPerMessage} credits`);
  await expect(workspaceChat.total()).toHaveText(`Total: ${total} credits`);
  await expect(auth.balance()).toHaveText(`${100 - total} credits`);

  // Everything was saved: a reload shows the same thread, and the sidebar lists it.
  await page.reload();
  await expect(workspaceChat.prompts()).toHaveText([
    "Write a TypeScript function that checks a question",
    "And how would you test it?",
  ]);
  await expect(workspaceChat.costs()).toHaveText([
    `Cost: ${nimbus.creditsPerMessage} credits`,
    `Cost: ${sage.creditsPerMessage} credits`,
  ]);
  await expect(workspaceChat.total()).toHaveText(`Total: ${total} credits`);
  await expect(workspaceChat.conversationLink("Write a TypeScript function that checks a question")).toHaveAttribute(
    "aria-current",
    "page",
  );
});

test("a new chat still moving to its own address takes the next model picked and the next message", async ({
  page,
  auth,
  workspaceChat,
}) => {
  await auth.signUp();
  // Hold the new chat's move to /chat/{id} (a server render) until the next model is picked.
  const release = await workspaceChat.holdTheMoveToItsAddress();

  await workspaceChat.chooseModel("swift");
  await workspaceChat.send("Plan a weekend in Lisbon");
  await workspaceChat.expectAnswers(1);
  await workspaceChat.chooseModel("nimbus");
  await workspaceChat.send("And where should we eat?");
  await expect(workspaceChat.costs()).toHaveText([`Cost: ${nimbus.creditsPerMessage} credits`]);
  release();

  // One conversation with both exchanges, the second at the model picked for it.
  await expect(page).toHaveURL(/\/chat\/[\w-]+$/);
  await page.reload();
  await expect(workspaceChat.prompts()).toHaveText(["Plan a weekend in Lisbon", "And where should we eat?"]);
  await expect(workspaceChat.costs()).toHaveText(["Cost: 1 credit", `Cost: ${nimbus.creditsPerMessage} credits`]);
  await expect(page.getByLabel("Model", { exact: true })).toHaveValue("nimbus");
  await expect(page.getByRole("navigation", { name: "Conversations" }).getByRole("listitem")).toHaveCount(1);
  await expect(auth.balance()).toHaveText(`${100 - swift.creditsPerMessage - nimbus.creditsPerMessage} credits`);
});

test("what a person types while a new chat moves to its own address is still there after the move", async ({
  page,
  auth,
  workspaceChat,
}) => {
  await auth.signUp();
  const release = await workspaceChat.holdTheMoveToItsAddress();

  await workspaceChat.send("Plan a weekend in Lisbon");
  await workspaceChat.expectAnswers(1);
  await workspaceChat.messageBox().fill("And where should we eat?");
  release();

  await expect(page).toHaveURL(/\/chat\/[\w-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plan a weekend in Lisbon");
  await expect(workspaceChat.messageBox()).toHaveValue("And where should we eat?");
  await workspaceChat.sendButton().click();
  await workspaceChat.expectAnswers(2);
  await expect(workspaceChat.messageBox()).toHaveValue("");
});

test("Regenerate answers the last message again, charged once more, without repeating the message", async ({
  page,
  auth,
  workspaceChat,
}) => {
  await auth.signUp();

  await workspaceChat.send("Name three good habits");
  await workspaceChat.expectAnswers(1);
  await expect(auth.balance()).toHaveText(`${100 - swift.creditsPerMessage} credits`);

  await workspaceChat.regenerate();
  await workspaceChat.expectAnswers(2);
  await expect(workspaceChat.prompts()).toHaveCount(1);
  await expect(workspaceChat.replies()).toHaveCount(2);
  await expect(workspaceChat.total()).toHaveText(`Total: ${2 * swift.creditsPerMessage} credits`);
  await expect(auth.balance()).toHaveText(`${100 - 2 * swift.creditsPerMessage} credits`);

  await page.reload();
  await expect(workspaceChat.prompts()).toHaveCount(1);
  await expect(workspaceChat.replies()).toHaveCount(2);
});

test("Stop before the first word costs nothing and gives the message back", async ({ page, auth, workspaceChat }) => {
  await auth.signUp();

  // Hold the request in the browser so Stop certainly comes before the first word.
  let release = () => {};
  await page.route("**/api/chat", (route) =>
    new Promise<void>((resolve) => (release = resolve)).then(() => route.abort().catch(() => {})),
  );
  await workspaceChat.send("This one is never answered");
  await expect(workspaceChat.sendButton()).toBeDisabled();
  await workspaceChat.stopButton().click();
  release();

  await expect(workspaceChat.stopButton()).toBeHidden();
  await expect(workspaceChat.messageBox()).toHaveValue("This one is never answered");
  await expect(workspaceChat.costs()).toHaveCount(0);
  await expect(workspaceChat.sendButton()).toBeEnabled();
  await expect(auth.balance()).toHaveText("100 credits");
  await expect(page).toHaveURL(/\/chat$/);
});

test("conversations are renamed and deleted, and another person cannot open them", async ({
  page,
  browser,
  auth,
  workspaceChat,
}) => {
  await auth.signUp();
  await workspaceChat.send("Plan a weekend in Lisbon");
  await workspaceChat.expectAnswers(1);
  await expect(page).toHaveURL(/\/chat\/[\w-]+$/);
  const conversationUrl = page.url();

  const stranger = await browser.newPage();
  await new AuthPages(stranger).signUp();
  await stranger.goto(conversationUrl);
  await expect(stranger.getByRole("heading", { name: "Conversation not found" })).toBeVisible();
  await expect(stranger.getByText("Plan a weekend in Lisbon")).toHaveCount(0);
  await stranger.close();

  await workspaceChat.renameConversation("Plan a weekend in Lisbon", "Lisbon trip");
  await expect(workspaceChat.conversationLink("Lisbon trip")).toBeVisible();
  await expect(workspaceChat.title()).toHaveText("Lisbon trip");

  await workspaceChat.deleteConversation("Lisbon trip");
  await expect(page).toHaveURL(/\/chat$/);
  await expect(workspaceChat.conversationLink("Lisbon trip")).toHaveCount(0);
  // Deleting a conversation refunds nothing and charges nothing.
  await expect(auth.balance()).toHaveText(`${100 - swift.creditsPerMessage} credits`);
});
