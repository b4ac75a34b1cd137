import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// House rule 1, enforced: balances change only inside lib/credits. A write through Prisma to a money table
// anywhere else is an error (tests arrange money through lib/credits too, or say why they may not).
const MONEY_TABLES = "wallet|creditBucket|ledgerEntry|hold";
const WRITES = "create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/credits/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: `CallExpression[callee.property.name=/^(${WRITES})$/][callee.object.property.name=/^(${MONEY_TABLES})$/]`,
          message:
            "Balances change only inside lib/credits (house rule 1): call its functions instead of writing this table.",
        },
      ],
    },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/credits/**", "lib/requests/**", "**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@/lib/credits",
              importNames: ["chargedCall", "callHeld"],
              message:
                "Charge for a request through lib/requests/charge.ts (it adds what sits above the ledger, such as the low-balance alert).",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([".next/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);
