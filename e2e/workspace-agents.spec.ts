import { expect, test } from "@playwright/test";
import { CHAT_MODELS } from "@/config/pricing";
import { AgentsPage } from "./pages/agents";
import { AuthPages } from "./pages/auth";
import { WorkspaceChat } from "./pages/workspace-chat";

const { sage } = CHAT_MODELS;

test("an agent is created, answers at its model's price from a starter prompt, and is edited and deleted", async ({
  page,
}) => {
  const auth = new AuthPages(page);
  const agents = new AgentsPage(page);
  const chat = new WorkspaceChat(page);
  await auth.signUp();

  await agents.create({
    name: "Recipe coach",
    instructions: "You help people cook with what they already have.",
    model: "sage",
    starterPrompts: ["What can I make with eggs and spinach?", "Plan three quick dinners"],
  });
  await expect(agents.card("Recipe coach")).toContainText(`Sage · ${sage.creditsPerMessage} credits per message`);

  await agents.chatWith("Recipe coach");
  await expect(page).toHaveURL(/\/chat\?agent=/);
  await expect(chat.title()).toHaveText("Recipe coach");
  await expect(chat.priceHint()).toHaveText(`≈ ${sage.creditsPerMessage} credits`);
  await expect(page.getByRole("button", { name: "Plan three quick dinners" })).toBeVisible();
  await page.getByRole("button", { name: "What can I make with eggs and spinach?" }).click();
  await chat.expectAnswers(1);

  await expect(page).toHaveURL(/\/chat\/[\w-]+$/);
  await expect(chat.replies().last()).toContainText("Following your agent's instructions: You help people cook");
  await expect(chat.replies().last()).toContainText("Answered by the built-in sage model");
  await expect(chat.costs().last()).toHaveText(`Cost: ${sage.creditsPerMessage} credits`);
  await expect(auth.balance()).toHaveText(`${100 - sage.creditsPerMessage} credits`);
  await expect(page.locator("main")).toContainText("Agent: Recipe coach");

  // A follow-up in the same conversation is charged at the agent's model too.
  await chat.send("Without dairy, please");
  await chat.expectAnswers(2);
  await expect(chat.total()).toHaveText(`Total: ${2 * sage.creditsPerMessage} credits`);
  await expect(auth.balance()).toHaveText(`${100 - 2 * sage.creditsPerMessage} credits`);

  await agents.open();
  await agents.edit("Recipe coach", { name: "Dinner coach" });
  await expect(agents.card("Dinner coach")).toBeVisible();
  await agents.remove("Dinner coach");
  await expect(page.getByRole("heading", { name: "No agents yet" })).toBeVisible();

  // Its conversation stays, as a plain chat.
  await chat.open();
  await expect(chat.conversationLink("What can I make with eggs and spinach?")).toBeVisible();
});
