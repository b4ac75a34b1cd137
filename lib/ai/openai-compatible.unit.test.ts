import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAICompatibleProvider, parseModelMap } from "./openai-compatible";
import { MP4_BYTES, PNG_BYTES } from "@/lib/testing/faulty-provider";
import { classifyProviderError } from "./failures";
import { ProviderError } from "./types";

// A local stand-in for an OpenAI-compatible API: streaming chat, images and the video job API.
const seen: { path: string; body: Record<string, unknown>; auth?: string }[] = [];
let server: Server;
let baseUrl = "";
const PNG = PNG_BYTES;
const MP4 = MP4_BYTES;
// What the stand-in answers next: a provider may send anything, under any Content-Type.
let imageBytes: Buffer = PNG;
let clip: { type: string; bytes: Buffer } = { type: "video/mp4", bytes: MP4 };

async function readJson(request: IncomingMessage) {
  let raw = "";
  for await (const chunk of request) raw += chunk;
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
}

beforeAll(async () => {
  let polls = 0;
  server = createServer(async (request, response) => {
    const body = await readJson(request);
    seen.push({ path: request.url ?? "", body, auth: request.headers.authorization });
    if (request.url === "/v1/chat/completions") {
      if (body.model === "broken-model") return response.writeHead(500).end('{"error":{"message":"boom"}}');
      response.writeHead(200, { "content-type": "text/event-stream" });
      for (const piece of ["Hello", ", ", "world"]) {
        response.write(
          `data: ${JSON.stringify({ id: "c1", object: "chat.completion.chunk", created: 1, model: body.model, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] })}\n\n`,
        );
      }
      response.write(
        `data: ${JSON.stringify({ id: "c1", object: "chat.completion.chunk", created: 1, model: body.model, choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\n\n`,
      );
      return response.end("data: [DONE]\n\n");
    }
    if (request.url === "/v1/images/generations") {
      return response
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ created: 1, data: [{ b64_json: imageBytes.toString("base64") }] }));
    }
    if (request.url === "/v1/videos" && request.method === "POST") {
      polls = 0;
      return response
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ id: "vid_1", status: "queued" }));
    }
    if (request.url === "/v1/videos/vid_1") {
      polls += 1;
      return response
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ id: "vid_1", status: polls > 1 ? "completed" : "in_progress" }));
    }
    if (request.url === "/v1/videos/vid_1/content")
      return response.writeHead(200, { "content-type": clip.type }).end(clip.bytes);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const provider = () =>
  openAICompatibleProvider({
    baseUrl,
    apiKey: "sk-test",
    modelMap: parseModelMap("swift=small-model, sketch=image-model,reel=video-model"),
  });
const signal = () => AbortSignal.timeout(10_000);

describe("OpenAI-compatible provider (against a local stand-in)", () => {
  it("streams chat tokens with the mapped model name, instructions and history", async () => {
    const parts: unknown[] = [];
    for await (const part of provider().streamText({
      model: "swift",
      system: "Be brief.",
      prompt: "Hi",
      history: [
        { role: "user", content: "Earlier" },
        { role: "assistant", content: "Reply" },
      ],
      signal: signal(),
    }))
      parts.push(part);
    expect(parts).toEqual([{ text: "Hello" }, { text: ", " }, { text: "world" }, { finish: "stop" }]);
    const call = seen.find((s) => s.path === "/v1/chat/completions")!;
    expect(call.auth).toBe("Bearer sk-test");
    expect(call.body).toMatchObject({ model: "small-model", stream: true });
    expect((call.body.messages as { role: string; content: string }[]).map((m) => m.role)).toEqual([
      "system",
      "user",
      "assistant",
      "user",
    ]);
  });

  it("throws an API error as it came, which classifyProviderError turns into a message fit for a person", async () => {
    const run = async () => {
      for await (const token of provider().streamText({ model: "broken-model", prompt: "Hi", signal: signal() }))
        void token;
    };
    const error = await run().catch((thrown: unknown) => thrown);
    expect(classifyProviderError(error, "swift")).toMatchObject({
      failure: "unavailable",
      message: "Swift is not available right now",
      provider: { status: 500 },
    });
  });

  it("generates an image at the requested size", async () => {
    const image = await provider().generateImage({
      model: "sketch",
      prompt: "a cat",
      width: 1024,
      height: 1024,
      signal: signal(),
    });
    expect(Buffer.from(image.data)).toEqual(PNG);
    expect(seen.find((s) => s.path === "/v1/images/generations")!.body).toMatchObject({
      model: "image-model",
      size: "1024x1024",
    });
  });

  it("creates a video job, polls it and downloads the clip", async () => {
    const video = await provider().generateVideo({
      model: "reel",
      prompt: "waves",
      width: 1280,
      height: 720,
      seconds: 8,
      signal: signal(),
    });
    expect(video).toEqual({ mimeType: "video/mp4", data: new Uint8Array(MP4) });
    expect(seen.find((s) => s.path === "/v1/videos")!.body).toMatchObject({
      model: "video-model",
      seconds: "8",
      size: "1280x720",
    });
  }, 15_000);

  const HTML = Buffer.from(
    "<html><script>fetch('/api/activity/export').then((r) => r.text()).then(steal)</script></html>",
  );
  const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>');

  it.each([
    ["HTML", HTML],
    ["SVG with a script", SVG],
    ["nothing", Buffer.alloc(0)],
  ])("refuses an image that is really %s: a provider failure, so nothing is charged", async (_what, bytes) => {
    imageBytes = bytes;
    try {
      await expect(
        provider().generateImage({ model: "sketch", prompt: "a cat", width: 512, height: 512, signal: signal() }),
      ).rejects.toThrow(
        new ProviderError("Sketch returned a file that is not an image", "invalid_output", {
          model: "sketch",
          code: "unknown-bytes",
        }),
      );
    } finally {
      imageBytes = PNG;
    }
  });

  it.each([
    ["text/html", HTML],
    ["video/mp4", HTML],
    ["image/svg+xml", SVG],
  ])(
    "refuses a clip sent as %s whose bytes are not a video, and stores the sniffed type of one that is",
    async (type, bytes) => {
      clip = { type, bytes };
      try {
        await expect(
          provider().generateVideo({
            model: "reel",
            prompt: "waves",
            width: 1280,
            height: 720,
            seconds: 4,
            signal: signal(),
          }),
        ).rejects.toThrow(/returned a file that is not a video/);
        clip = { type: "text/html", bytes: MP4 };
        expect(
          (
            await provider().generateVideo({
              model: "reel",
              prompt: "waves",
              width: 1280,
              height: 720,
              seconds: 4,
              signal: signal(),
            })
          ).mimeType,
        ).toBe("video/mp4");
      } finally {
        clip = { type: "video/mp4", bytes: MP4 };
      }
    },
    30_000,
  );
});
