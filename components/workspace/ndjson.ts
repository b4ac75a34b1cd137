import { useCallback, useRef, useState } from "react";
import { OFFLINE_ERROR, toActionError, type ActionError } from "./action-error";

/** Parses a stream of newline-delimited JSON events as they arrive. */
export async function* readNdjson<E>(body: ReadableStream<Uint8Array>): AsyncGenerator<E> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) if (line.trim()) yield JSON.parse(line) as E;
  }
  if (buffer.trim()) yield JSON.parse(buffer) as E;
}

/**
 * After Stop: refresh server data (balance, saved answers) now and once more shortly after, because
 * the server settles or refunds a stopped request only once it notices the closed connection.
 */
export function refreshAfterStop(router: { refresh: () => void }) {
  router.refresh();
  setTimeout(() => router.refresh(), 600);
}

export type StreamEnd =
  /** The server closed the stream; its events (including any `error` event) went to `onEvent`. */
  | { status: "closed" }
  /** The person pressed Stop. */
  | { status: "stopped" }
  /** Refused before streaming (401/400/404 JSON), or the connection failed. */
  | { status: "failed"; error: ActionError }
  /** Another request from this hook is still running. */
  | { status: "busy" };

/**
 * POSTs JSON to a streaming route and hands each NDJSON event to `onEvent`. One request at a time:
 * the ref guard is set synchronously, so a double click cannot start a second request.
 */
export function useNdjsonStream<E>() {
  const controller = useRef<AbortController | null>(null);
  const [pending, setPending] = useState(false);

  const run = useCallback(async (url: string, body: unknown, onEvent: (event: E) => void): Promise<StreamEnd> => {
    if (controller.current) return { status: "busy" };
    const abort = new AbortController();
    controller.current = abort;
    setPending(true);
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        signal: abort.signal,
      });
      if (!response.ok || !response.body)
        return { status: "failed", error: toActionError(await response.json().catch(() => null)) };
      for await (const event of readNdjson<E>(response.body)) onEvent(event);
      return { status: "closed" };
    } catch {
      return abort.signal.aborted ? { status: "stopped" } : { status: "failed", error: OFFLINE_ERROR };
    } finally {
      controller.current = null;
      setPending(false);
    }
  }, []);

  const stop = useCallback(() => controller.current?.abort(), []);
  /** Read synchronously, before any state update lands: true while a request is running. */
  const busy = useCallback(() => controller.current !== null, []);

  return { pending, run, stop, busy };
}
