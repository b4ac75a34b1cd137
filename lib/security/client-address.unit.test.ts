import { afterEach, describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("the client's address for per-address limits", () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY;
    globalThis.tallyClientAddressFromSocket = undefined;
  });

  it("ignores X-Forwarded-For under plain `next start`, which keeps whatever the client sent", () => {
    expect(clientAddress("203.0.113.7")).toBeNull();
  });

  it("behind a proxy, takes the first address of X-Forwarded-For", () => {
    process.env.TRUST_PROXY = "1";
    expect(clientAddress("203.0.113.7, 10.0.0.2")).toBe("203.0.113.7");
    expect(clientAddress(null)).toBeNull();
  });

  it("served by lib/cli/serve.mjs, takes the connection's own address it wrote there", () => {
    globalThis.tallyClientAddressFromSocket = true;
    expect(clientAddress("127.0.0.2")).toBe("127.0.0.2");
    expect(clientAddress("::ffff:127.0.0.3")).toBe("127.0.0.3");
    expect(clientAddress("::1")).toBe("::1");
  });
});
