import { timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import qs from "qs";
import type { StripeEmulator } from "./emulator";
import { idempotent, type SandboxAnswer } from "./idempotency";
import { StripeError, type SandboxEvent } from "./store";
import { log } from "@/lib/log";

/**
 * Serves the emulator over HTTP on 127.0.0.1 so the real Stripe SDK talks to it exactly as it talks
 * to api.stripe.com (form-encoded bodies, JSON answers, Stripe's error envelope). It answers only
 * `apiKey` (random per process in the app), so another process on this machine cannot "pay" with it.
 * The events a request causes (an upgrade's invoice paid or declined, a refund) go to `onEvents` after
 * the answer, as Stripe's webhooks follow its API answers. A POST with an `Idempotency-Key` is answered
 * once per key (./idempotency.ts).
 */
const refusal = (error: StripeError): SandboxAnswer => ({
  status: error.status,
  body: { error: { type: error.type, message: error.message, ...(error.code ? { code: error.code } : {}) } },
  events: [],
});

export async function startSandboxServer(
  emulator: StripeEmulator,
  {
    apiKey,
    port = 0,
    onEvents,
  }: { apiKey: string; port?: number; onEvents?: (events: SandboxEvent[]) => void | Promise<void> },
) {
  const expected = Buffer.from(`Bearer ${apiKey}`);
  const authorized = (header: string | undefined) => {
    const given = Buffer.from(header ?? "");
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  const server = createServer(async (request, response) => {
    let raw = "";
    for await (const chunk of request) raw += chunk;
    const url = new URL(request.url ?? "/", "http://sandbox");
    const params = { ...qs.parse(url.search.slice(1)), ...qs.parse(raw) } as Record<string, unknown>;
    const reply = (status: number, body: unknown) =>
      response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (!authorized(request.headers.authorization))
      return reply(401, { error: { type: "invalid_request_error", message: "Invalid API Key provided" } });
    const answer = async (): Promise<SandboxAnswer> => {
      try {
        const { body, events } = await emulator.handle(request.method ?? "GET", url.pathname, params);
        return { status: 200, body, events };
      } catch (error) {
        if (error instanceof StripeError) return refusal(error);
        log.error({ err: error }, "stripe sandbox request failed");
        return { status: 500, body: { error: { type: "api_error", message: "Sandbox error" } }, events: [] };
      }
    };
    const key = request.headers["idempotency-key"];
    const { status, body, events } =
      request.method === "POST" && typeof key === "string"
        ? await idempotent(key, { path: url.pathname, params }, answer).catch((error: unknown) => {
            if (error instanceof StripeError) return refusal(error);
            throw error;
          })
        : await answer();
    reply(status, body);
    if (events.length > 0 && onEvents) {
      await Promise.resolve(onEvents(events)).catch((error: unknown) =>
        log.error({ err: error }, "stripe sandbox could not deliver its events"),
      );
    }
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port, server, apiKey };
}
