import { useMemo, useRef } from "react";
import { isRetryable, type ActionError } from "./action-error";

/**
 * One client request id per user action. An action whose outcome is unknown (the connection dropped,
 * or the server says it is still running) keeps its id, so repeating that same action is answered
 * once and charged at most once; any other outcome makes the next action a new request.
 */
export function useRequestId() {
  const unresolved = useRef<{ key: string; requestId: string } | null>(null);
  return useMemo(
    () => ({
      /** `key` describes the action (its inputs): a different action never reuses an id. */
      begin(key: string) {
        const requestId = unresolved.current?.key === key ? unresolved.current.requestId : crypto.randomUUID();
        unresolved.current = { key, requestId };
        return requestId;
      },
      finish(error?: ActionError | null) {
        if (!error || !isRetryable(error.code)) unresolved.current = null;
      },
    }),
    [],
  );
}
