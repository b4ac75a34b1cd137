import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CHAT_MODELS } from "@/config/pricing";
import { makeUser } from "@/lib/testing/factories";
import { listCouncilRuns } from "./queries";
import { runCouncil } from "./run";

beforeEach(() => {
  process.env.TALLY_LOCAL_AI_DELAY_MS = "0";
  process.env.TALLY_FAULTS = "atlas:fail";
});
afterEach(() => {
  delete process.env.TALLY_FAULTS;
});

describe("listCouncilRuns", () => {
  it("lists only the person's own runs, newest first, with what each one charged", async () => {
    const [me, someoneElse] = await Promise.all([makeUser(), makeUser()]);
    await runCouncil({ userId: me.id, requestId: randomUUID(), prompt: "first", models: ["swift", "atlas"] });
    await runCouncil({ userId: me.id, requestId: randomUUID(), prompt: "second", models: ["swift", "sage"] });
    await runCouncil({
      userId: someoneElse.id,
      requestId: randomUUID(),
      prompt: "not mine",
      models: ["swift", "nimbus"],
    });

    const runs = await listCouncilRuns({ userId: me.id });
    expect(runs.map((run) => [run.prompt, run.charged])).toEqual([
      ["second", CHAT_MODELS.swift.creditsPerMessage + CHAT_MODELS.sage.creditsPerMessage],
      // The failing model was refunded, so only the answer counts.
      ["first", CHAT_MODELS.swift.creditsPerMessage],
    ]);
    expect(runs[1]?.answers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ model: "atlas", status: "FAILED", credits: 0 }),
        expect.objectContaining({ model: "swift", status: "SUCCEEDED" }),
      ]),
    );
  });
});
