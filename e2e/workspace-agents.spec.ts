import { expect, test } from "./fixtures";
import { CHAT_MODELS } from "@/config/pricing";

const { sage } = CHAT_MODELS;

test("an agent is created, answers at its model's price from a starter prompt, and is edited and deleted", async ({
  page,
  auth,
  agents,
  workspaceChat,
}) => {
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
  await expect(workspaceChat.title()).toHaveText("Recipe coach");
  await expect(workspaceChat.priceHint()).toHaveText(`≈ ${sage.creditsPerMessage} credits`);
  await expect(page.getByRole("button", { name: "Plan three quick dinners" })).toBeVisible();
  await page.getByRole("button", { name: "What can I make with eggs and spinach?" }).click();
  await workspaceChat.expectAnswers(1);

  await expect(page).toHaveURL(/\/chat\/[\w-]+$/);
  await expect(workspaceChat.replies().last()).toContainText(
    "Following your agent's instructions: You help people cook",
  );
  await expect(workspaceChat.replies().last()).toContainText("Answered by the built-in sage model");
  await expect(workspaceChat.costs().last()).toHaveText(`Cost: ${sage.creditsPerMessage} credits`);
  await expect(auth.balance()).toHaveText(`${100 - sage.creditsPerMessage} credits`);
  await expect(page.locator("main")).toContainText("Agent: Recipe coach");

  // A follow-up in the same conversation is charged at the agent's model too.
  await workspaceChat.send("Without dairy, please");
  await workspaceChat.expectAnswers(2);
  await expect(workspaceChat.total()).toHaveText(`Total: ${2 * sage.creditsPerMessage} credits`);
  await expect(auth.balance()).toHaveText(`${100 - 2 * sage.creditsPerMessage} credits`);

  await agents.open();
  await agents.edit("Recipe coach", { name: "Dinner coach" });
  await expect(agents.card("Dinner coach")).toBeVisible();
  await agents.remove("Dinner coach");
  await expect(page.getByRole("heading", { name: "No agents yet" })).toBeVisible();

  // Its conversation stays, as a plain chat.
  await workspaceChat.open();
  await expect(workspaceChat.conversationLink("What can I make with eggs and spinach?")).toBeVisible();
});
