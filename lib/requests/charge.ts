import "server-only";
import { checkLowBalance } from "@/lib/billing/alerts";
import { callHeld, chargedCall, type ChargedCallInput, type HeldCallInput } from "@/lib/credits";
import { log } from "@/lib/log";

// How features charge for a request: the ledger's charged call, then what sits above the ledger and must
// not live in it — the person's low-balance alert (billing). ESLint sends every feature here.

/** Holds, calls the model, settles or releases (lib/credits chargedCall), then checks the low-balance alert. */
export async function chargeForRequest<T>(input: ChargedCallInput<T>): Promise<T> {
  const result = await chargedCall(input);
  await alertIfLow(input.userId);
  return result;
}

/** The same for credits already held (Council Mode holds every model at once). */
export async function chargeHeldRequest<T>(input: HeldCallInput<T>): Promise<T> {
  const result = await callHeld(input);
  await alertIfLow(input.userId);
  return result;
}

async function alertIfLow(userId: string) {
  await checkLowBalance(userId).catch((error: unknown) =>
    log.error({ userId, err: error }, "low-balance check failed"),
  );
}
