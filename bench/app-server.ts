// Production app servers on loopback for the benchmarks: start `next start` on a build, sign in, stop.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { request as httpRequest } from "node:http";

/** The address a server started here answers on: loopback only, never the machine's other interfaces. */
export const serverUrl = (port: number) => `http://127.0.0.1:${port}`;

/** A loopback port nothing listens on right now, from the kernel. */
export function freePort() {
  return new Promise<number>((resolve, reject) => {
    const server = createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Serves the production build on `port` with `env` on top of this process's, once /api/health answers. */
export async function startServer(port: number, env: Record<string, string>) {
  const child = spawn("node", ["lib/cli/serve.mjs", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, NEXTAUTH_URL: serverUrl(port), NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
    // Its own process group, so stopping it also stops the node process npx started.
    detached: true,
  });
  for (let i = 0; i < 120; i += 1) {
    if (
      await fetch(`${serverUrl(port)}/api/health`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return child;
    await sleep(500);
  }
  stopServer(child);
  throw new Error(`server on ${port} did not start`);
}

export function stopServer(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM") {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    /* already gone */
  }
}

/** Signs in through next-auth's credentials endpoint and returns the session cookie. */
export async function signIn(baseUrl: string, email: string, password: string) {
  const attempt = await attemptSignIn(baseUrl, email, password);
  if (attempt.outcome !== "signed-in") throw new Error(`sign-in failed: ${attempt.outcome}`);
  return attempt.cookie;
}

/**
 * One sign-in attempt, optionally from another loopback source address (127.0.0.2, …: another client as
 * far as the server's socket can tell): signed in (with the session cookie), a wrong password, or throttled.
 */
export async function attemptSignIn(
  baseUrl: string,
  email: string,
  password: string,
  { from }: { from?: string } = {},
) {
  const csrf = await requestFrom(from, `${baseUrl}/api/auth/csrf`);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = csrf.cookies.map((c) => c.split(";")[0]).join("; ");
  const response = await requestFrom(from, `${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  const session = response.cookies.find((c) => c.includes("session-token"));
  if (session) return { outcome: "signed-in" as const, cookie: session.split(";")[0]! };
  const url = (JSON.parse(response.body || "{}") as { url?: string }).url;
  return { outcome: url?.includes("RateLimited") ? ("rate-limited" as const) : ("wrong" as const), cookie: "" };
}

/** An HTTP request with node:http, which can choose the source address (fetch cannot). */
function requestFrom(
  from: string | undefined,
  url: string,
  { method = "GET", headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; cookies: string[]; body: string }>((resolve, reject) => {
    const request = httpRequest(url, { method, headers, localAddress: from }, (response) => {
      let text = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, cookies: response.headers["set-cookie"] ?? [], body: text }),
      );
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** One paid chat request through /api/chat; "charged" or the error code its stream ended with. */
export async function chat(baseUrl: string, cookie: string, model: string, prompt: string) {
  const response = await fetch(`${baseUrl}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ requestId: randomUUID(), model, prompt }),
  });
  const last = JSON.parse((await response.text()).trim().split("\n").at(-1)!) as { type: string; code?: string };
  return last.type === "done" ? "charged" : (last.code ?? "error");
}
