import { expect, test } from "./fixtures";
import { CHAT_MODELS } from "@/config/pricing";

const { swift, nimbus, sage, atlas, oracle } = CHAT_MODELS;

test("a council answers side by side and charges the sum of its models", async ({ auth, council }) => {
  await auth.signUp();
  await council.open();

  await council.chooseModels(["swift", "nimbus"]);
  const price = swift.creditsPerMessage + nimbus.creditsPerMessage;
  await expect(council.priceHint()).toHaveText(`≈ ${price} credits for 2 models`);
  await council.ask("Is a monorepo worth it for a small team?");
  await council.expectFinished(2);

  for (const [id, model] of [
    ["swift", swift],
    ["nimbus", nimbus],
  ] as const) {
    await expect(council.answer(id)).toContainText(`Answered by the built-in ${id} model`);
    await expect(council.answer(id).getByTestId("council-answer-cost")).toHaveText(
      `Cost: ${model.creditsPerMessage} ${model.creditsPerMessage === 1 ? "credit" : "credits"}`,
    );
  }
  await expect(council.total()).toHaveText(`Total charged: ${price} credits`);
  await expect(auth.balance()).toHaveText(`${100 - price} credits`);
  await expect(council.pastRuns()).toHaveCount(1);
  await expect(council.pastRuns().first()).toContainText("Is a monorepo worth it for a small team?");
});

// Needs the e2e server to run with TALLY_FAULTS="oracle:fail" (playwright.config.ts, webServer.env).
test("a model that fails is refunded and the run's total counts only the answers", async ({ auth, council }) => {
  const faults = String(test.info().config.webServer?.env?.TALLY_FAULTS ?? "");
  test.skip(
    !faults.includes("oracle:fail"),
    'Set TALLY_FAULTS: "oracle:fail" in the webServer env of playwright.config.ts',
  );
  await auth.signUp();
  await council.open();

  await council.chooseModels(["swift", "sage", "oracle"]);
  const reserved = swift.creditsPerMessage + sage.creditsPerMessage + oracle.creditsPerMessage;
  await expect(council.priceHint()).toHaveText(`≈ ${reserved} credits for 3 models`);
  await council.ask("Which database should I pick?");
  await council.expectFinished(3);

  await expect(council.answer("oracle")).toContainText("Failed — refunded");
  await expect(council.answer("oracle").getByTestId("council-answer-cost")).toHaveText(
    `Not charged · ${oracle.creditsPerMessage} credits refunded`,
  );
  await expect(council.answer("sage").getByTestId("council-answer-cost")).toHaveText(
    `Cost: ${sage.creditsPerMessage} credits`,
  );
  const charged = swift.creditsPerMessage + sage.creditsPerMessage;
  await expect(council.total()).toHaveText(`Total charged: ${charged} credits`);
  await expect(council.answers()).toContainText(`2 of 3 answered · ${oracle.creditsPerMessage} credits refunded`);
  await expect(auth.balance()).toHaveText(`${100 - charged} credits`);
});

test("when the balance cannot cover every model, the council is not asked and nothing is charged", async ({
  page,
  auth,
  council,
}) => {
  await auth.signUp();
  await council.open();

  await council.chooseModels(["swift", "nimbus", "sage", "atlas"]);
  const price = swift.creditsPerMessage + nimbus.creditsPerMessage + sage.creditsPerMessage + atlas.creditsPerMessage;
  const runs = Math.floor(100 / price);
  for (let run = 1; run <= runs; run += 1) {
    await council.ask(`Question number ${run}`);
    await expect(council.answers()).toContainText(`Question number ${run}`);
    await expect(council.total()).toHaveText(`Total charged: ${price} credits`);
    await council.expectFinished(4);
    await expect(auth.balance()).toHaveText(`${100 - run * price} credits`);
  }

  const left = 100 - runs * price;
  await council.ask("One question too many");
  await council.expectNotEnoughCredits(price - left);
  await expect(council.answers()).toBeHidden();
  await expect(auth.balance()).toHaveText(`${left} credits`);
  await page.reload();
  await expect(council.pastRuns()).toHaveCount(runs);
  await expect(auth.balance()).toHaveText(`${left} credits`);
});
