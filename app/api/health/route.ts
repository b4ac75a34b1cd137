import { db } from "@/lib/db";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and Playwright's web server. */
export async function GET() {
  const started = performance.now();
  try {
    await db().$queryRaw`SELECT 1`;
    return Response.json({ status: "ok", database: "ok", latencyMs: Math.round(performance.now() - started) });
  } catch (error) {
    log.error({ err: error }, "health check: database unreachable");
    return Response.json({ status: "error", database: "unreachable" }, { status: 503 });
  }
}
