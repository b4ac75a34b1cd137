// `npm run bench:ttft -- sqlite|postgres`: what Tally's streaming path adds to a real provider's time to first token,
// and to every later token. A production server of this build talks to lib/testing/faulty-provider.ts on loopback
// ("trickle": 12 tokens, 20 ms apart); the provider runs in this process, so the moment it writes each token and the
// moment this client reads it from /api/chat are on one clock. The same answers are also read straight from the
// provider, in the same run, for the provider's own figures. Needs a production build (`next build`).
import { randomUUID } from "node:crypto";
import { createTestDatabase } from "@/lib/testing/database";
import { startFaultyProvider } from "@/lib/testing/faulty-provider";
import { freePort, serverUrl, signIn, startServer, stopServer } from "./app-server";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 60);
const PASSWORD = "ttft-bench-password";
const SECRET = "ttft-secret-ttft-secret-ttft-secret-0123456789";

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Reads an NDJSON or SSE body line by line, stamping each line with when it arrived. */
async function readLines(response: Response, onLine: (line: string, at: number) => void) {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    const at = performance.now();
    buffer += decoder.decode(value, { stream: true });
    const lines = buffer.split("\n");
    buffer = lines.pop()!;
    for (const line of lines) if (line.trim()) onLine(line, at);
  }
}

const dialect = (process.argv[2] ?? "sqlite") as "sqlite" | "postgres";
const provider = await startFaultyProvider({ trickleMs: 20 });
const database = await createTestDatabase(dialect);
process.env.DATABASE_URL = database.url;
const { createUser } = await import("@/lib/auth/queries");
const { hashPassword } = await import("@/lib/auth/password");
const { grant } = await import("@/lib/credits");
const email = `ttft-${randomUUID()}@example.test`;
const user = await createUser({ email, passwordHash: await hashPassword(PASSWORD), emailVerified: true });
await grant({ userId: user.id, source: "PACK", amount: REQUESTS * 2, grantKey: "pack:ttft" });

const port = await freePort();
const server = await startServer(port, {
  DATABASE_URL: database.url,
  NEXTAUTH_SECRET: SECRET,
  AI_BASE_URL: provider.baseUrl,
  AI_API_KEY: "sk-bench",
  AI_MODEL_MAP: "swift=trickle",
  TALLY_RATE_LIMIT_PAID_PER_MINUTE: "100000",
  TALLY_LOG_LEVEL: "warn",
});
try {
  const base = serverUrl(port);
  const cookie = await signIn(base, email, PASSWORD);
  const providerFirst: number[] = [];
  const tallyFirst: number[] = [];
  const relay: number[] = [];
  const health: number[] = [];

  for (let index = 0; index < REQUESTS; index += 1) {
    // The provider's own time to first token, for a client that calls it directly.
    let started = performance.now();
    const direct = await fetch(`${provider.baseUrl}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "trickle", stream: true, messages: [{ role: "user", content: "hi" }] }),
    });
    let first = 0;
    await readLines(direct, (line, at) => {
      if (!first && line.includes('"content"')) first = at - started;
    });
    providerFirst.push(first);

    // The same through Tally: session, rate limit, hold, conversation, the provider call, the NDJSON relay.
    started = performance.now();
    const response = await fetch(`${base}/api/chat`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ requestId: randomUUID(), model: "swift", prompt: `ttft ${index}` }),
    });
    const received: number[] = [];
    let outcome = "";
    await readLines(response, (line, at) => {
      const event = JSON.parse(line) as { type: string; code?: string };
      if (event.type === "token") received.push(at);
      else if (event.type === "done" || event.type === "error") outcome = event.code ?? event.type;
    });
    if (outcome !== "done") throw new Error(`request ${index} ended with ${outcome}`);
    tallyFirst.push(received[0]! - started);
    // Tokens 2…12: from the provider writing it to this client reading it through Tally.
    provider.tokenSentAt.slice(1).forEach((sent, token) => relay.push(received[token + 1]! - sent));

    started = performance.now();
    await fetch(`${base}/api/health`).then((r) => r.text());
    health.push(performance.now() - started);
  }

  const row = (label: string, values: number[]) =>
    `| ${label} | ${ms(percentile(values, 50))} | ${ms(percentile(values, 95))} |`;
  console.log(
    `Time to first token on ${dialect}, ${REQUESTS} chat requests (12 tokens, 20 ms apart) through a production server\n`,
  );
  console.log("| | p50 | p95 |\n|---|---|---|");
  console.log(row("provider, called directly", providerFirst));
  console.log(row("through Tally (/api/chat)", tallyFirst));
  console.log(
    row(
      "added before the first token",
      tallyFirst.map((value, i) => value - providerFirst[i]!),
    ),
  );
  console.log(row("added per later token (relay)", relay));
  console.log(row("/api/health (the floor)", health));
} finally {
  stopServer(server);
  await provider.close();
  await database.drop();
}
