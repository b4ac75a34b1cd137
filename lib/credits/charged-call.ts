import type { Hold } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hold } from "./hold";
import type { Quote } from "./quote";
import { release } from "./release";
import { settle } from "./settle";

export interface ChargedCallInput<T> {
  userId: string;
  requestId: string;
  quote: Quote;
  groupId?: string;
  conversationId?: string;
  /** The model call; runs only after the credits are held, outside any transaction. */
  call: () => Promise<T>;
}

/**
 * The one path every paid request takes: hold the quoted credits, call the model, then settle on
 * success or release on failure. A request id seen before never calls the model again: it gets
 * the first attempt's result (or its failure, or "still running").
 */
export async function chargedCall<T>({ userId, requestId, quote, groupId, conversationId, call }: ChargedCallInput<T>): Promise<T> {
  const outcome = await hold({ userId, requestId, quote, groupId, conversationId });
  if (!outcome.fresh) return replay<T>(outcome.hold);
  let result: T;
  try {
    result = await call();
  } catch (error) {
    const reason = error instanceof Error ? error.message : "The model failed";
    await release({ userId, requestId, reason });
    throw new AppError("PROVIDER_FAILED", `${reason}. You were not charged.`, { requestId });
  }
  const settled = await settle({ userId, requestId, result });
  // Lost the race to the sweeper (the call outlived its hold): the credits went back, so no charge.
  if (!settled) return replay<T>(outcome.hold, result);
  return result;
}

function replay<T>(previous: Hold, fresh?: T): T {
  if (previous.status === "HELD" && fresh === undefined) {
    throw new AppError("REQUEST_IN_PROGRESS", "This request is still running. Its answer will appear when it finishes.");
  }
  if (previous.status === "SETTLED" && previous.result) return JSON.parse(previous.result) as T;
  if (fresh !== undefined) return fresh;
  const reason = previous.result ? (JSON.parse(previous.result) as { error?: string }).error : undefined;
  throw new AppError("PROVIDER_FAILED", `${reason ?? "This request failed"}. You were not charged.`, { requestId: previous.requestId });
}
