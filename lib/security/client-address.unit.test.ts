import { afterEach, describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("the client's address for per-address limits", () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY;
  });

  it("ignores X-Forwarded-For unless a proxy that overwrites it is declared", () => {
    expect(clientAddress("203.0.113.7")).toBeNull();
  });

  it("behind a proxy, takes the first address of X-Forwarded-For", () => {
    process.env.TRUST_PROXY = "1";
    expect(clientAddress("203.0.113.7, 10.0.0.2")).toBe("203.0.113.7");
    expect(clientAddress(null)).toBeNull();
  });
});
