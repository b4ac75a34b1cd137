import type { Page } from "@playwright/test";

/** The value shown under a figure's label (a StatGrid term: "Sign-ups", "Pending"…). */
export function statValue(page: Page, label: string) {
  return page
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator("xpath=following-sibling::dd[1]");
}
