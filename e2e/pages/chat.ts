import { expect, type Page } from "@playwright/test";

export class ChatPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto("/chat");
  }

  async chooseModel(modelId: string) {
    await this.page.getByLabel("Model").selectOption(modelId);
  }

  priceHint() {
    return this.page.getByText(/≈ \d+ credits?/);
  }

  async send(message: string) {
    await this.page.getByRole("textbox", { name: "Message", exact: true }).fill(message);
    await this.page.getByRole("button", { name: "Send", exact: true }).click();
  }

  lastReply() {
    return this.page.getByTestId("chat-reply").last();
  }

  lastCost() {
    return this.page.getByTestId("reply-cost").last();
  }

  async expectReply() {
    await expect(this.lastReply()).toContainText("Answered by the built-in");
  }
}
