import { expect, test } from "./fixtures";
import { CHAT_MODELS, IMAGE_MODELS } from "@/config/pricing";
import { MediaStudio } from "./pages/media";

// Sign-up takes the browser's zone: days on Activity start at midnight in Berlin.
test.use({ timezoneId: "Europe/Berlin" });

const sage = CHAT_MODELS.sage.creditsPerMessage;
const nimbus = CHAT_MODELS.nimbus.creditsPerMessage;
const sketch = IMAGE_MODELS.sketch.credits["512x512"];

/** Today's date in Berlin plus some days, as yyyy-mm-dd. */
function berlinDay(plusDays = 0) {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date.toISOString().slice(0, 10);
}

test("Activity adds up what was spent, follows the filters in the URL, opens a request and exports it", async ({
  page,
  auth,
  workspaceChat,
  activity,
}) => {
  test.setTimeout(120_000); // one long journey: three paid requests, then every control on the page
  const images = new MediaStudio(page, "/images");
  await auth.signUp();

  await workspaceChat.chooseModel("sage");
  await workspaceChat.send("Plan a weekend in Lisbon");
  await workspaceChat.expectAnswers(1);
  await workspaceChat.chooseModel("nimbus");
  await workspaceChat.send("And where should we eat?");
  await workspaceChat.expectAnswers(2);
  await images.open();
  await images.choose({ model: "sketch", resolution: "512 × 512" });
  await images.generate("A tram on a steep street");
  await images.expectResultShown("A tram on a steep street");
  const spent = sage + nimbus + sketch;
  await expect(auth.balance()).toHaveText(`${100 - spent} credits`);

  await activity.open();
  await expect(activity.stat("credits")).toHaveText(String(spent));
  await expect(activity.stat("requests")).toHaveText("3");
  await expect(activity.stat("refunded")).toHaveText("0");
  await expect(activity.stat("average")).toHaveText((spent / 3).toFixed(1));
  // Each card against the 30 days before, when this account did not exist yet.
  await expect(page.getByTestId("stat-credits").getByTestId("stat-change")).toHaveText(
    "up from 0 in the 30 days before",
  );
  await expect(page.getByTestId("stat-average").getByTestId("stat-change")).toHaveText("none in the 30 days before");
  await expect(page.getByTestId("stat-refunded").getByTestId("stat-change")).toHaveCount(0);
  await expect(page.getByTestId("balance-available")).toHaveText(`${100 - spent} credits`);
  await expect(page.getByText("days start at midnight in Europe/Berlin")).toBeVisible();
  // A new account has no pace yet: the forecast says so rather than guess.
  await expect(page.getByRole("heading", { name: "When your credits run out" })).toBeVisible();
  await expect(page.getByText("Not enough usage yet to tell")).toBeVisible();
  expect(await activity.modelRows()).toEqual([
    ["Sage", "1", String(sage)],
    ["Sketch", "1", String(sketch)],
    ["Nimbus", "1", String(nimbus)],
  ]);
  await activity.expectChartBuckets(30);
  await expect(activity.requestRows()).toHaveCount(3);

  // The same spending by conversation: both answers were one conversation, the image none.
  await page.getByRole("navigation", { name: "Group spending by" }).getByRole("link", { name: "Conversation" }).click();
  await expect(page).toHaveURL(/\?group=conversation$/);
  const byConversation = page.getByTestId("group-table");
  await expect(byConversation.getByRole("row").filter({ hasText: "Plan a weekend in Lisbon" })).toContainText(
    String(sage + nimbus),
  );
  await expect(byConversation.getByRole("row").filter({ hasText: "Not in a conversation" })).toContainText(
    String(sketch),
  );
  await page.getByRole("navigation", { name: "Group spending by" }).getByRole("link", { name: "Model" }).click();
  await expect(page.getByTestId("model-table")).toBeVisible();

  // 7 days → 30 days → a custom range: the URL and the charts follow, and Back goes back.
  await activity.chooseRange("7 days");
  await expect(page).toHaveURL(/\/settings\/activity\?range=7d$/);
  await activity.expectChartBuckets(7);
  await activity.chooseRange("30 days");
  await expect(page).toHaveURL(/\/settings\/activity$/);
  await activity.expectChartBuckets(30);
  await activity.chooseRange("Custom");
  await activity.applyCustomRange(berlinDay(-2), berlinDay());
  await expect(page).toHaveURL(new RegExp(`range=custom&from=${berlinDay(-2)}&to=${berlinDay()}$`));
  await activity.expectChartBuckets(3);
  await expect(activity.stat("credits")).toHaveText(String(spent));
  await page.goBack();
  await expect(page).toHaveURL(/range=custom&from=[\d-]+&to=[\d-]+$/);
  await activity.expectChartBuckets(30);
  await activity.chooseRange("7 days");
  await expect(page).toHaveURL(/\?range=7d$/);

  // One model: the numbers, the table and the list narrow to it.
  await activity.filterModel("sage");
  await expect(page).toHaveURL(/\?range=7d&model=sage$/);
  await expect(activity.stat("credits")).toHaveText(String(sage));
  expect(await activity.modelRows()).toEqual([["Sage", "1", String(sage)]]);
  await expect(activity.requestRows()).toHaveCount(1);

  // A request's detail: its cost and the ledger entry that paid for it.
  await activity.requestRows().first().click();
  await expect(page).toHaveURL(/&request=[\w-]+$/);
  const detail = activity.detail();
  await expect(detail.getByRole("heading", { name: "Sage · Chat" })).toBeVisible();
  await expect(detail.getByTestId("detail-credits")).toHaveText(`${sage} credits`);
  await expect(detail.getByText("Plan a weekend in Lisbon")).toBeVisible();
  await expect(detail.getByTestId("ledger-entries").locator("tbody tr")).toHaveText([
    new RegExp(`Monthly allowance\\s*−${sage}\\s*${100 - sage}`),
  ]);
  await detail.getByRole("button", { name: "Close" }).click();
  await expect(detail).toBeHidden();
  await expect(page).toHaveURL(/\?range=7d&model=sage$/);

  // The export holds exactly the filtered requests.
  const csv = await activity.exportCsv();
  expect(csv.name).toBe(`tally-activity-${berlinDay(-6)}-to-${berlinDay()}.csv`);
  const [header, ...rows] = csv.rows;
  expect(header?.slice(0, 6)).toEqual(["time", "request_id", "kind", "model", "status", "credits"]);
  expect(rows.map((row) => row.slice(2, 6))).toEqual([["chat", "sage", "succeeded", String(sage)]]);
  expect(rows[0]?.[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);
});

test("a new person sees a friendly start instead of empty charts", async ({ page, auth, activity }) => {
  await auth.signUp();
  await activity.open();
  await expect(page.getByRole("heading", { name: "No activity yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start a chat" })).toHaveAttribute("href", "/chat");
  await expect(page.getByTestId("balance-available")).toHaveText("100 credits");
});

test("the time zone set on the profile decides where Activity's days start", async ({
  page,
  workspaceChat,
  auth,
  activity,
}) => {
  await auth.signUp();
  await workspaceChat.send("Hello");
  await workspaceChat.expectAnswers(1);

  await page.goto("/settings/profile");
  await page.getByLabel("Time zone", { exact: true }).selectOption("Australia/Adelaide");
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByText("Saved. Your days now start at midnight in Australia/Adelaide.")).toBeVisible();

  await activity.open("?range=24h");
  await expect(page.getByText("times in Australia/Adelaide")).toBeVisible();
  await activity.open();
  await expect(page.getByText("days start at midnight in Australia/Adelaide")).toBeVisible();
});
