// Production app servers on loopback for the benchmarks: start `next start` on a build, sign in, stop.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

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
  const child = spawn("npx", ["next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, NEXTAUTH_URL: serverUrl(port), NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "ignore", "inherit"],
    // Its own process group, so stopping it also stops the node process npx started.
    detached: true,
  });
  for (let i = 0; i < 120; i += 1) {
    if (await fetch(`${serverUrl(port)}/api/health`).then((r) => r.ok).catch(() => false)) return child;
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
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) throw new Error("sign-in failed");
  return session.split(";")[0]!;
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
