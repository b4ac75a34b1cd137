import { expect, type Page } from "@playwright/test";
import { CHAT_MODEL_IDS, CHAT_MODELS, type ChatModelId } from "@/config/pricing";
import { Workspace } from "./workspace";

export class CouncilPage extends Workspace {
  constructor(page: Page) {
    super(page);
  }

  async open() {
    await this.page.goto("/council");
  }

  /** Ticks exactly these models. */
  async chooseModels(models: ChatModelId[]) {
    for (const id of CHAT_MODEL_IDS) {
      const box = this.page.getByRole("checkbox", { name: new RegExp(`^${CHAT_MODELS[id].name}\\b`) });
      await box.setChecked(models.includes(id));
    }
  }

  async ask(question: string) {
    await this.page.getByLabel("Question", { exact: true }).fill(question);
    await this.page.getByRole("button", { name: "Ask the council" }).click();
  }

  answers() {
    return this.page.getByRole("region", { name: "Answers" });
  }

  answer(model: ChatModelId) {
    return this.answers().getByRole("article", { name: CHAT_MODELS[model].name, exact: true });
  }

  total() {
    return this.page.getByTestId("council-total");
  }

  /** Waits for the run to finish: every chosen model answered or was refunded. */
  async expectFinished(count: number) {
    await expect(this.answers().getByText(new RegExp(`\\d of ${count} answered`))).toBeVisible({ timeout: 30_000 });
  }

  pastRuns() {
    return this.page.getByTestId("past-runs").getByRole("listitem");
  }
}
