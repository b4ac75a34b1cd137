import { createHash } from "node:crypto";
import { db, isUniqueViolation } from "@/lib/db";
import { load, save, StripeError, type SandboxEvent, type StripeObject } from "./store";

/** What the sandbox answers a request with, and the events the request caused. */
export interface SandboxAnswer {
  status: number;
  body: unknown;
  events: SandboxEvent[];
}

/**
 * Stripe's idempotent requests, as the sandbox honours them: the first POST with an `Idempotency-Key`
 * runs and its answer (success or a 4xx refusal) is kept; a repeat with the same parameters gets that
 * answer again without running (and without sending its events again); a repeat with other parameters is refused,
 * as is one that arrives while the first is still running (409). Kept in the database, so two app
 * instances using one key get one result. Keys are forgotten after 24 hours, as at Stripe.
 */
interface StoredAnswer extends StripeObject {
  object: "sandbox.idempotency_key";
  params: string;
  /**
   * An object the request made or changed is kept as its id, and a repeat answers it as it is now: the
   * sandbox keeps no second copy of a customer's email or name (deleting an account erases them at
   * "Stripe"). Anything else (a refusal, an account link) is kept as it was answered.
   */
  answer: { status: number; objectId: string } | { status: number; body: unknown } | null;
}

async function keptAs(answer: SandboxAnswer): Promise<NonNullable<StoredAnswer["answer"]>> {
  const { id, object } = (answer.body ?? {}) as Partial<StripeObject>;
  const stored = typeof id === "string" ? await load(id) : null;
  return stored && stored.object === object ? { status: answer.status, objectId: id! } : answer;
}

const KEPT_MS = 24 * 3_600_000;
const rowId = (key: string) => `idem_${createHash("sha256").update(key).digest("hex").slice(0, 40)}`;
const fingerprint = (path: string, params: Record<string, unknown>) =>
  createHash("sha256")
    .update(JSON.stringify([path, params]))
    .digest("hex");

export async function idempotent(
  key: string,
  request: { path: string; params: Record<string, unknown> },
  run: () => Promise<SandboxAnswer>,
): Promise<SandboxAnswer> {
  const id = rowId(key);
  const params = fingerprint(request.path, request.params);
  // Stripe forgets a key after 24 hours; then it is a new request.
  await db().sandboxObject.deleteMany({
    where: { type: "sandbox.idempotency_key", createdAt: { lt: new Date(Date.now() - KEPT_MS) } },
  });
  try {
    await db().sandboxObject.create({
      data: { id, type: "sandbox.idempotency_key", json: JSON.stringify({ id, params, answer: null }) },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const stored = await load<StoredAnswer>(id);
    if (stored?.params !== params)
      throw new StripeError(
        400,
        `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
        "idempotency_error",
      );
    if (!stored.answer)
      throw new StripeError(
        409,
        `There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): ${key}`,
        "idempotency_error",
      );
    const { status } = stored.answer;
    const body = "objectId" in stored.answer ? await load(stored.answer.objectId) : stored.answer.body;
    return { status, body, events: [] };
  }
  try {
    const answer = await run();
    // Stripe keeps successes and refusals; a server error is not kept, so the request can be tried again.
    if (answer.status >= 500) await db().sandboxObject.delete({ where: { id } });
    else
      await save<StoredAnswer>({
        id,
        object: "sandbox.idempotency_key",
        params,
        answer: await keptAs(answer),
      });
    return answer;
  } catch (error) {
    await db().sandboxObject.delete({ where: { id } });
    throw error;
  }
}
