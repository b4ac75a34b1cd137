/**
 * A provider call's time limit on a timer we own. `AbortSignal.any([AbortSignal.timeout(ms), parent])`
 * can lose its timer after a garbage collection on Node 20 (nodejs/node#57736): a silent model then
 * held credits far past the limit. Here the timer is a plain setTimeout referenced by this object and
 * cleared by `finish()`, so it fires exactly when it should or not at all.
 *
 * For text the limit is on waiting, not on the whole answer: `firstMs` until the first token, then
 * `silenceMs` between tokens (`touch()` on each). For media, one limit for the whole call.
 */
export interface Deadline {
  /** Aborts when the limit passes or when the parent signal (the person pressed Stop) aborts. */
  readonly signal: AbortSignal;
  /** True once the limit passed (as opposed to the person stopping). */
  readonly timedOut: boolean;
  /** Something arrived: the next wait may be `silenceMs` long. */
  touch(): void;
  /** The call is over: clears the timer, stops listening to the parent and aborts whatever is still open. */
  finish(): void;
}

export function startDeadline({
  firstMs,
  silenceMs = firstMs,
  parent,
}: {
  firstMs: number;
  silenceMs?: number;
  parent?: AbortSignal;
}): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  let waitMs = firstMs;
  const expire = () => {
    timedOut = true;
    controller.abort(new DOMException(`No answer within ${waitMs} ms`, "TimeoutError"));
  };
  let timer: NodeJS.Timeout | undefined = setTimeout(expire, waitMs);
  const onParentAbort = () => {
    clearTimeout(timer);
    controller.abort(parent?.reason);
  };
  if (parent?.aborted) onParentAbort();
  else parent?.addEventListener("abort", onParentAbort, { once: true });

  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    touch() {
      if (controller.signal.aborted) return;
      clearTimeout(timer);
      waitMs = silenceMs;
      timer = setTimeout(expire, waitMs);
    },
    finish() {
      clearTimeout(timer);
      timer = undefined;
      parent?.removeEventListener("abort", onParentAbort);
      if (!controller.signal.aborted) controller.abort(new DOMException("The call is over", "AbortError"));
    },
  };
}
