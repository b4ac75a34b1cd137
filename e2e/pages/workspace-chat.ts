import { expect, type Page } from "@playwright/test";
import { Workspace } from "./workspace";

export class WorkspaceChat extends Workspace {
  constructor(page: Page) {
    super(page);
  }

  async open(path = "/chat") {
    await this.page.goto(path);
  }

  /** Holds a new chat's move to /chat/{id} (its server render) until the returned function is called. */
  async holdTheMoveToItsAddress() {
    let release = () => {};
    const moved = new Promise<void>((resolve) => (release = resolve));
    await this.page.route(/\/chat\/[\w-]+(\?.*)?$/, async (route) => {
      if (route.request().headers()["rsc"]) await moved;
      await route.continue();
    });
    return release;
  }

  async chooseModel(modelId: string) {
    await this.page.getByLabel("Model", { exact: true }).selectOption(modelId);
  }

  async send(message: string) {
    await this.page.getByLabel("Message", { exact: true }).fill(message);
    await this.page.getByRole("button", { name: "Send", exact: true }).click();
  }

  messageBox() {
    return this.page.getByLabel("Message", { exact: true });
  }

  sendButton() {
    return this.page.getByRole("button", { name: "Send", exact: true });
  }

  stopButton() {
    return this.page.getByRole("button", { name: "Stop", exact: true });
  }

  prompts() {
    return this.page.getByTestId("chat-prompt");
  }

  replies() {
    return this.page.getByTestId("chat-reply");
  }

  costs() {
    return this.page.getByTestId("reply-cost");
  }

  total() {
    return this.page.getByTestId("conversation-total");
  }

  title() {
    return this.page.locator("main h1");
  }

  /** Waits until `count` answers are complete (each shows what it cost). */
  async expectAnswers(count: number) {
    await expect(this.costs()).toHaveCount(count, { timeout: 30_000 });
    await expect(this.stopButton()).toBeHidden();
  }

  /**
   * Records every distinct length the newest answer's text takes while it streams in, so a test can
   * tell an answer that arrived word by word from one that appeared all at once.
   */
  async recordStreaming() {
    await this.page.evaluate(() => {
      const seen = new Set<number>();
      (window as unknown as { __replyLengths: Set<number> }).__replyLengths = seen;
      new MutationObserver(() => {
        const replies = document.querySelectorAll("[data-testid=chat-reply]");
        const length = replies[replies.length - 1]?.textContent?.length ?? 0;
        if (length > 0) seen.add(length);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    return async () =>
      this.page.evaluate(() => (window as unknown as { __replyLengths: Set<number> }).__replyLengths.size);
  }

  async regenerate() {
    await this.page.getByRole("button", { name: "Regenerate" }).last().click();
  }

  conversationLink(title: string) {
    return this.page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: title });
  }

  async renameConversation(title: string, newTitle: string) {
    await this.page.getByRole("button", { name: `Actions for “${title}”` }).click();
    await this.page.getByRole("menuitem", { name: "Rename" }).click();
    const input = this.page.getByRole("textbox", { name: "Conversation title" });
    await input.fill(newTitle);
    await input.press("Enter");
  }

  async deleteConversation(title: string) {
    await this.page.getByRole("button", { name: `Actions for “${title}”` }).click();
    await this.page.getByRole("menuitem", { name: "Delete" }).click();
    const dialog = this.page.getByRole("alertdialog", { name: "Delete this conversation?" });
    await dialog.getByRole("button", { name: "Delete conversation" }).click();
    await expect(dialog).toBeHidden();
  }
}
