import { expect, type Page } from "@playwright/test";
import { Workspace } from "./workspace";

export interface AgentInput {
  name: string;
  instructions: string;
  model: string;
  starterPrompts: string[];
}

export class AgentsPage extends Workspace {
  constructor(page: Page) {
    super(page);
  }

  async open() {
    await this.page.goto("/agents");
  }

  card(name: string) {
    return this.page.getByRole("article", { name, exact: true });
  }

  async create(agent: AgentInput) {
    await this.open();
    await this.page.getByRole("link", { name: "New agent" }).click();
    await this.fill(agent);
    await this.page.getByRole("button", { name: "Create agent" }).click();
    await expect(this.page).toHaveURL(/\/agents$/);
  }

  async fill({ name, instructions, model, starterPrompts }: Partial<AgentInput>) {
    if (name !== undefined) await this.page.getByLabel("Name", { exact: true }).fill(name);
    if (instructions !== undefined) await this.page.getByLabel("Instructions", { exact: true }).fill(instructions);
    if (model !== undefined) await this.page.getByLabel("Model", { exact: true }).selectOption(model);
    for (const [index, prompt] of (starterPrompts ?? []).entries()) {
      if (index > 0) await this.page.getByRole("button", { name: "Add a starter prompt" }).click();
      await this.page.getByRole("textbox", { name: `Starter prompt ${index + 1}`, exact: true }).fill(prompt);
    }
  }

  async chatWith(name: string) {
    await this.card(name).getByRole("link", { name: /^Chat/ }).click();
  }

  async edit(name: string, changes: Partial<AgentInput>) {
    await this.card(name).getByRole("link", { name: /^Edit/ }).click();
    await this.fill(changes);
    await this.page.getByRole("button", { name: "Save changes" }).click();
    await expect(this.page).toHaveURL(/\/agents$/);
  }

  async remove(name: string) {
    await this.card(name)
      .getByRole("button", { name: /^Delete/ })
      .click();
    const dialog = this.page.getByRole("alertdialog", { name: `Delete ${name}?` });
    await dialog.getByRole("button", { name: "Delete agent" }).click();
    await expect(dialog).toBeHidden();
  }
}
