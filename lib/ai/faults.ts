import { env } from "@/lib/env";

export type Fault = "fail" | "timeout";

/**
 * Test-only switch: TALLY_FAULTS="swift:fail,sage:timeout" makes the local provider fail, or hang
 * until the caller's timeout, for the named models.
 */
export function faultFor(model: string): Fault | undefined {
  for (const rule of env().TALLY_FAULTS?.split(",") ?? []) {
    const [name, fault] = rule.split(":").map((part) => part.trim());
    if (name === model && (fault === "fail" || fault === "timeout")) return fault;
  }
  return undefined;
}
