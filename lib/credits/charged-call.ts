import { ProviderError } from "@/lib/ai/types";
import type { Hold, Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { hold } from "./hold";
import type { Quote } from "./quote";
import { release } from "./release";
import { settle } from "./settle";

export interface HeldCallInput<T> {
  userId: string;
  requestId: string;
  /** The model call; runs only after the credits are held, outside any transaction. */
  call: () => Promise<T>;
  /** Decides, for a failed call, whether it is still charged (e.g. stopped after the answer began). */
  chargeDespiteError?: (error: unknown) => T | undefined;
  /** The request's own records, written in the same transaction as the charge or the refund. */
  onSettled?: (tx: Tx, result: T, hold: Hold) => Promise<void>;
  onReleased?: (tx: Tx, reason: string, hold: Hold) => Promise<void>;
}

export interface ChargedCallInput<T> extends HeldCallInput<T> {
  quote: Quote;
  groupId?: string;
  conversationId?: string;
}

/**
 * The one path every paid request takes: hold the quoted credits, call the model, then settle on
 * success or release on failure. A request id seen before never calls the model again: it gets
 * the first attempt's result (or its failure, or "still running").
 */
export async function chargedCall<T>({ quote, groupId, conversationId, ...rest }: ChargedCallInput<T>): Promise<T> {
  const outcome = await hold({ userId: rest.userId, requestId: rest.requestId, quote, groupId, conversationId });
  if (!outcome.fresh) return replay<T>(outcome.hold);
  return callHeld(rest);
}

/** The second half of chargedCall, for credits already held (Council Mode holds all models at once). */
export async function callHeld<T>({
  userId,
  requestId,
  call,
  chargeDespiteError,
  onSettled,
  onReleased,
}: HeldCallInput<T>): Promise<T> {
  let result: T;
  const started = performance.now();
  try {
    result = await call();
  } catch (error) {
    const charged = chargeDespiteError?.(error);
    if (charged === undefined) {
      const reason = error instanceof Error ? error.message : "The model failed";
      await release({
        userId,
        requestId,
        reason,
        alsoWrite: onReleased && ((tx, held) => onReleased(tx, reason, held)),
      });
      log.warn(
        { requestId, userId, durationMs: Math.round(performance.now() - started), ...failureFields(error) },
        "provider failed; hold released",
      );
      throw new AppError("PROVIDER_FAILED", notCharged(reason), { requestId });
    }
    result = charged;
  }
  // Settle is a no-op only if the sweeper released the hold first (the call outlived its TTL):
  // then nothing is charged and the person still gets the answer.
  await settle({ userId, requestId, result, alsoWrite: onSettled && ((tx, held) => onSettled(tx, result, held)) });
  return result;
}

/** What the log keeps of a failed call: the provider's status and code, never its message (it can hold key fragments). */
function failureFields(error: unknown) {
  if (!(error instanceof ProviderError)) return { failure: "unexpected", err: error };
  const { model, status, code } = error.provider;
  return { failure: error.failure, model, providerStatus: status, providerCode: code };
}

/** What a repeated request id gets: the first attempt's stored result, its failure, or "still running". */
export function replay<T>(previous: Hold): T {
  if (previous.status === "HELD") {
    throw new AppError(
      "REQUEST_IN_PROGRESS",
      "This request is still running. Its answer will appear when it finishes.",
    );
  }
  if (previous.status === "SETTLED") return JSON.parse(previous.result ?? "null") as T;
  const reason = previous.result ? (JSON.parse(previous.result) as { error?: string }).error : undefined;
  throw new AppError("PROVIDER_FAILED", notCharged(reason ?? "This request failed"), { requestId: previous.requestId });
}

/** "Reason. You were not charged.", whether or not the reason (often a provider's message) ends in a full stop. */
export function notCharged(reason: string) {
  return `${reason.trim().replace(/\.+$/, "")}. You were not charged.`;
}
