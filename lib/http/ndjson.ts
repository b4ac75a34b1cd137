import "server-only";
import { isAppError } from "@/lib/errors";
import { log } from "@/lib/log";

/**
 * A streamed response of newline-delimited JSON events. Errors thrown by `produce` become a final
 * `{ type: "error", code, message }` event (the status line is already sent by then).
 */
export function ndjsonStream(produce: (send: (event: Record<string, unknown>) => void) => Promise<void>) {
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const send = (event: Record<string, unknown>) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        } catch {
          open = false; // the client went away; the work still finishes and is charged or refunded
        }
      };
      try {
        await produce(send);
      } catch (error) {
        if (isAppError(error))
          send({ type: "error", code: error.code, message: error.message, details: error.details });
        else {
          log.error({ err: error }, "stream failed unexpectedly");
          send({ type: "error", code: "INTERNAL", message: "Something went wrong on our side. Nothing was charged." });
        }
      } finally {
        if (open) controller.close();
        open = false;
      }
    },
  });
  return new Response(stream, {
    headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" },
  });
}
