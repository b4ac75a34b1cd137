import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// House rule 1 is an ESLint rule (eslint.config.mjs): a Prisma write to a money table outside lib/credits
// fails lint, and features charge through lib/requests/charge.ts.
const eslint = new ESLint();
const problems = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages
    .filter((message) => message.ruleId?.startsWith("no-restricted"))
    .map((message) => message.ruleId);

describe("the money-writes lint rule", () => {
  it("refuses writes to wallets, buckets, ledger entries and holds outside lib/credits", async () => {
    const code = `declare const tx: any;\nexport async function cheat(userId: string) {\n  await tx.wallet.update({ where: { userId }, data: { available: 1_000_000 } });\n  await tx.ledgerEntry.deleteMany({ where: { userId } });\n}\n`;
    expect(await problems(code, "lib/billing/cheat.ts")).toEqual(["no-restricted-syntax", "no-restricted-syntax"]);
    expect(await problems(code, "lib/credits/cheat.ts")).toEqual([]);
    // Reading is fine anywhere.
    expect(
      await problems(
        `declare const tx: any;\nexport const read = () => tx.wallet.findUnique({ where: { userId: "u" } });\n`,
        "lib/billing/read.ts",
      ),
    ).toEqual([]);
  });

  it("sends features to lib/requests/charge.ts instead of the ledger's bare charged call", async () => {
    const code = `import { chargedCall } from "@/lib/credits";\nexport const charge = chargedCall;\n`;
    expect(await problems(code, "lib/chat/respond-elsewhere.ts")).toEqual(["no-restricted-imports"]);
    expect(await problems(code, "lib/requests/other.ts")).toEqual([]);
  });
});
