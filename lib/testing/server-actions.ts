import { readdirSync, readFileSync } from "node:fs";

export type ServerAction = (
  input: unknown,
) => Promise<{ ok: boolean; code?: string; message?: string; data?: unknown }>;

/** Every server action in the project ("use server" files under lib/), found on disk so new ones are covered too. */
export async function findServerActions() {
  const files = readdirSync("lib", { recursive: true, encoding: "utf8" })
    .map((file) => `lib/${file}`)
    .filter(
      (file) =>
        file.endsWith(".ts") && !file.includes(".test.") && readFileSync(file, "utf8").startsWith('"use server"'),
    );
  const actions: { name: string; run: ServerAction }[] = [];
  for (const file of files) {
    const exported = (await import(`@/${file}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported))
      if (typeof value === "function") actions.push({ name: `${file}#${name}`, run: value as ServerAction });
  }
  return actions;
}
