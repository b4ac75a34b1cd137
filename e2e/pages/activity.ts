import { expect, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { readCsv } from "@/lib/activity/csv-read";

type Stat = "credits" | "requests" | "average" | "refunded";

/** Settings › Activity: summary, filters in the URL, charts, the per-model table, requests and the CSV export. */
export class ActivityPage {
  constructor(private readonly page: Page) {}

  async open(query = "") {
    await this.page.goto(`/settings/activity${query}`);
  }

  stat(id: Stat) {
    return this.page.getByTestId(`stat-${id}`).getByTestId("stat-value");
  }

  rangeDescription() {
    return this.page.getByTestId("activity-range");
  }

  async chooseRange(label: "24 hours" | "7 days" | "30 days" | "90 days" | "Custom") {
    await this.page.getByRole("navigation", { name: "Range" }).getByRole("link", { name: label }).click();
  }

  async applyCustomRange(from: string, to: string) {
    const form = this.page.getByRole("form", { name: "Custom date range" });
    await form.getByLabel("From").fill(from);
    await form.getByLabel("To").fill(to);
    await form.getByRole("button", { name: "Apply" }).click();
  }

  async filterModel(model: string) {
    await this.page.getByLabel("Model", { exact: true }).selectOption(model);
  }

  /** The usage charts: drawn by lazily loaded code once they come near the screen. */
  charts() {
    return this.page.getByTestId("usage-charts");
  }

  async expectChartBuckets(count: number) {
    await expect(this.charts()).toHaveAttribute("data-buckets", String(count));
    await this.charts().scrollIntoViewIfNeeded();
    await expect(this.charts().locator(".recharts-bar-rectangle").first()).toBeVisible();
  }

  /** Rows of the per-model table as [model, requests, credits]. */
  async modelRows() {
    const rows = this.page.getByTestId("model-table").locator("tbody tr");
    return rows.evaluateAll((elements) =>
      elements.map((row) =>
        [...row.querySelectorAll("th, td")].slice(0, 3).map((cell) => cell.firstChild?.textContent?.trim() ?? ""),
      ),
    );
  }

  requestRows() {
    return this.page.getByTestId("request-row");
  }

  detail() {
    return this.page.getByRole("dialog");
  }

  /** Downloads the export of what is shown and reads it back as rows of cells (header first). */
  async exportCsv() {
    const [download] = await Promise.all([
      this.page.waitForEvent("download"),
      this.page.getByRole("link", { name: "Export CSV" }).click(),
    ]);
    return { name: download.suggestedFilename(), rows: readCsv(await readFile((await download.path())!, "utf8")) };
  }
}
