// Serves the production build (`next build`) the way `next start` does, with one difference: the client's
// address. Next keeps an X-Forwarded-For the client sent itself and fills it in with the connection's address
// only when there is none, so behind no proxy anyone could claim any address and slip past per-address limits.
// Here, unless TRUST_PROXY=1 (a proxy in front overwrites the header), X-Forwarded-For is replaced by the
// connection's own address, which a client cannot forge, and lib/security/client-address.ts knows it may use it.
//
//   node lib/cli/serve.mjs [-p PORT] [-H HOST]
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";

const { values } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
// Without -H, every interface, IPv4 and IPv6 (as `next start` does).
const hostname = values.hostname;
const trustProxy = process.env.TRUST_PROXY === "1";

process.env.NODE_ENV = "production";
// Read by lib/security/client-address.ts in this same process: X-Forwarded-For is the connection's own.
globalThis.tallyClientAddressFromSocket = !trustProxy;

const app = next({ dev: false, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();
// Next refuses these server-action requests too, but as a 500 with a stack in the log; they are the client's fault.
const ACTION_BODY_LIMIT = 1024 * 1024; // Next's default `serverActions.bodySizeLimit`
function refuseAction(request) {
  if (request.method !== "POST" || !request.headers["next-action"]) return null;
  const origin = request.headers.origin;
  const host = request.headers["x-forwarded-host"] ?? request.headers.host;
  let originHost = null;
  try {
    originHost = origin ? new URL(origin).host : null;
  } catch {
    originHost = "";
  }
  if (origin !== undefined && originHost !== host)
    return [403, "FORBIDDEN", "This request did not come from Tally's own pages."];
  if (Number(request.headers["content-length"] ?? 0) > ACTION_BODY_LIMIT)
    return [413, "TOO_LARGE", "Requests are limited to 1 MB. Nothing was charged."];
  return null;
}

createServer((request, response) => {
  if (!trustProxy) request.headers["x-forwarded-for"] = request.socket.remoteAddress ?? "";
  const refusal = refuseAction(request);
  if (refusal) {
    const [status, code, message] = refusal;
    response
      .writeHead(status, { "content-type": "application/json" })
      .end(JSON.stringify({ ok: false, code, message }));
    request.resume();
    return;
  }
  void handle(request, response);
}).listen(port, hostname, () => console.log(`✓ Ready on port ${port}${hostname ? ` (${hostname})` : ""}`));
