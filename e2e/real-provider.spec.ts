import { expect, test } from "./fixtures";
import { freePort, serverUrl } from "../bench/app-server";
import { startFaultyProvider, type FaultyProvider } from "../lib/testing/faulty-provider";
import { AuthPages } from "./pages/auth";
import { ChatPage } from "./pages/chat";
import { MediaStudio } from "./pages/media";
import { freshDatabase, startServer } from "./support/production-server";

// A production server of this build talking to an OpenAI-compatible provider on loopback that misbehaves
// on purpose (lib/testing/faulty-provider.ts): what a person sees when a real model cuts an answer off,
// is rate limited, or returns a real MP4 clip.
test.describe.configure({ mode: "serial" });

let provider: FaultyProvider;
let server: Awaited<ReturnType<typeof startServer>>;
let database: ReturnType<typeof freshDatabase>;

test.beforeAll(async () => {
  provider = await startFaultyProvider();
  database = freshDatabase();
  const port = await freePort();
  server = await startServer(
    {
      DATABASE_URL: database.url,
      NEXTAUTH_URL: serverUrl(port),
      TALLY_SIGNUPS_PER_HOUR: "1000",
      // A machine-local run: the sign-up's confirmation email is read from the Outbox.
      TALLY_LOCAL_MODE: "1",
      AI_BASE_URL: provider.baseUrl,
      AI_API_KEY: "sk-probe-1234567890abcdef",
      AI_MODEL_MAP: "swift=ok,nimbus=stall,sage=rate-limited,atlas=bad-key,reel=clip",
      AI_TIMEOUT_MS: "2000",
      AI_SILENCE_MS: "500",
    },
    port,
  );
  expect(server.exitCode, server.output()).toBeNull();
});
test.afterAll(async () => {
  server?.stop();
  database?.drop();
  await provider?.close();
});

test("an answer the provider cuts off is kept, charged and marked; a failure says what happened in Tally's words", async ({
  browser,
}) => {
  const page = await (await browser.newContext({ baseURL: server.base })).newPage();
  await new AuthPages(page).signUp();
  const chat = new ChatPage(page);

  await chat.chooseModel("nimbus");
  await chat.send("Tell me a story");
  await expect(chat.lastReply()).toContainText("The answer begins here");
  await expect(chat.lastCost()).toHaveText("Cost: 2 credits · cut off by the model");

  await chat.chooseModel("sage");
  await chat.send("And another");
  await expect(
    page.getByText("Sage is busy right now. Try again in 20 s. You were not charged.").first(),
  ).toBeVisible();

  await chat.chooseModel("atlas");
  await chat.send("One more");
  await expect(page.getByText("Atlas is not available right now. You were not charged.").first()).toBeVisible();
  await expect(page.getByText(/sk-probe|org-|Incorrect API key/)).toHaveCount(0);

  // Reopened, the saved thread says the same.
  await page.reload();
  await expect(page.getByTestId("reply-cost").filter({ hasText: "cut off by the model" })).toHaveCount(1);
});

test("a real MP4 clip plays in a video player with the provider's thumbnail as its poster", async ({ browser }) => {
  const page = await (await browser.newContext({ baseURL: server.base })).newPage();
  await new AuthPages(page).signUp();
  const video = new MediaStudio(page, "/video");
  await video.open();
  await video.choose({ model: "reel", seconds: 4, resolution: "480p" });
  await video.generate("Waves on a beach");
  const player = video.result().getByLabel("Generated clip: Waves on a beach");
  await expect(player).toBeVisible();
  expect(await player.evaluate((element) => element.tagName)).toBe("VIDEO");
  expect(await player.getAttribute("controls")).not.toBeNull();
  const poster = await player.getAttribute("poster");
  expect(poster).toMatch(/\?variant=poster$/);
  const still = await page.request.get(poster!);
  expect(still.headers()["content-type"]).toBe("image/png");
  const clip = await page.request.get((await player.getAttribute("src"))!);
  expect(clip.headers()["content-type"]).toBe("video/mp4");

  await page.reload();
  await expect(page.getByTestId("gallery").locator("video[controls][poster]")).toHaveCount(1);
});
