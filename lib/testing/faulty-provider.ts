import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * An OpenAI-compatible server on loopback that misbehaves on purpose, the way real providers do. The
 * model name in the request picks the behaviour, so one server serves every case (set AI_MODEL_MAP, e.g.
 * "swift=stall"). Used by the provider tests and the time-to-first-token benchmark.
 */
export const BEHAVIOURS = [
  "ok", // "Hello, world" in three tokens, finish_reason "stop", [DONE]
  "no-done", // the whole answer and finish_reason "stop", then the connection stays open, no [DONE]
  "trickle", // twelve tokens, one every `trickleMs`, then stop: longer than AI_TIMEOUT_MS in total
  "silent", // headers, then nothing at all
  "stall", // three tokens, then silence with the connection open
  "hangup", // three tokens, then the socket is destroyed
  "empty", // finish_reason "stop" with no content
  "whitespace", // only spaces and newlines
  "huge", // 2 MB of text, ignoring max_tokens, then stop
  "refuse", // finish_reason "content_filter" with no content
  "rate-limited", // 429 with Retry-After: 20 and a message holding an org id
  "bad-key", // 401 "Incorrect API key provided: sk-probe-****cdef"
  "down", // 503
  "garbage", // chunks that are not JSON
] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];

export interface FaultyProvider {
  baseUrl: string;
  /** Every request body received, newest last. */
  requests: { path: string; body: Record<string, unknown> }[];
  /** When each content chunk of the latest chat answer was written (performance.now(), this process). */
  readonly tokenSentAt: readonly number[];
  close(): Promise<void>;
}

// Real magic numbers: a 1×1 PNG and the start of an MP4 (ftyp box).
export const PNG_BYTES = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");
export const MP4_BYTES = Buffer.from("000000186674797069736f6d0000020069736f6d69736f32", "hex");

const chunk = (model: string, delta: Record<string, unknown>, finish: string | null = null) =>
  `data: ${JSON.stringify({ id: "c1", object: "chat.completion.chunk", created: 1, model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;

async function readJson(request: IncomingMessage) {
  let raw = "";
  for await (const piece of request) raw += piece;
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
}

export async function startFaultyProvider({ trickleMs = 150 } = {}): Promise<FaultyProvider> {
  const requests: FaultyProvider["requests"] = [];
  let tokenSentAt: number[] = [];
  const open = new Set<ServerResponse>();
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  async function chat(model: Behaviour, response: ServerResponse) {
    const refuse = (status: number, message: string, headers: Record<string, string> = {}) =>
      response
        .writeHead(status, { "content-type": "application/json", ...headers })
        .end(JSON.stringify({ error: { message, type: "error", code: null } }));
    if (model === "rate-limited")
      return refuse(
        429,
        "Rate limit reached for gpt-4o-mini in organization org-Xy12AbCd on tokens per min. Please try again in 20s.",
        { "retry-after": "20" },
      );
    if (model === "bad-key")
      return refuse(
        401,
        "Incorrect API key provided: sk-probe-****cdef. You can find your API key at https://platform.example/account/api-keys.",
      );
    if (model === "down") return refuse(503, "The server is overloaded or not ready yet.");
    response.writeHead(200, { "content-type": "text/event-stream" });
    open.add(response);
    response.on("close", () => open.delete(response));
    tokenSentAt = [];
    const token = (text: string) => {
      response.write(chunk(model, { content: text }));
      tokenSentAt.push(performance.now());
    };
    switch (model) {
      case "ok":
      case "no-done":
        for (const piece of ["Hello", ", ", "world"]) token(piece);
        response.write(chunk(model, {}, "stop"));
        if (model === "ok") response.end("data: [DONE]\n\n");
        return;
      case "trickle":
        for (let index = 0; index < 12; index += 1) {
          token(`word${index} `);
          await wait(trickleMs);
        }
        response.write(chunk(model, {}, "stop"));
        return response.end("data: [DONE]\n\n");
      case "silent":
        return;
      case "stall":
      case "hangup":
        for (const piece of ["The answer ", "begins ", "here"]) token(piece);
        if (model === "hangup") {
          await wait(20);
          response.socket?.destroy();
        }
        return;
      case "empty":
      case "whitespace":
        if (model === "whitespace") token("  \n \n ");
        response.write(chunk(model, {}, "stop"));
        return response.end("data: [DONE]\n\n");
      case "huge": {
        const line = `${"x".repeat(1023)}\n`;
        for (let index = 0; index < 2048; index += 1) {
          if (response.destroyed) return;
          token(line);
        }
        response.write(chunk(model, {}, "stop"));
        return response.end("data: [DONE]\n\n");
      }
      case "refuse":
        response.write(chunk(model, {}, "content_filter"));
        return response.end("data: [DONE]\n\n");
      case "garbage":
        response.write("data: {not json at all\n\n");
        response.write('data: {"unexpected": "shape", "error": "parser: unexpected token at line 1"}\n\n');
        return response.end("data: [DONE]\n\n");
    }
  }

  const server = createServer(async (request, response) => {
    const body = await readJson(request);
    requests.push({ path: request.url ?? "", body });
    const url = new URL(request.url ?? "/", "http://provider");
    if (url.pathname === "/v1/chat/completions") return chat(String(body.model) as Behaviour, response);
    if (url.pathname === "/v1/images/generations") {
      return response
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ created: 1, data: [{ b64_json: PNG_BYTES.toString("base64") }] }));
    }
    if (url.pathname === "/v1/videos" && request.method === "POST") {
      return response
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ id: `vid_${body.model}`, status: "completed" }));
    }
    const content = url.pathname.match(/^\/v1\/videos\/vid_([\w-]+)\/content$/);
    if (content) {
      // "clip-no-thumbnail" has no still; every other model's clip has one.
      if (url.searchParams.get("variant") === "thumbnail") {
        return content[1] === "clip-no-thumbnail"
          ? response.writeHead(404).end()
          : response.writeHead(200, { "content-type": "image/png" }).end(PNG_BYTES);
      }
      return response.writeHead(200, { "content-type": "video/mp4" }).end(MP4_BYTES);
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    requests,
    get tokenSentAt() {
      return tokenSentAt;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of open) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
