import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RETURN_PATHS, safeCallbackUrl } from "./requested-path";

// Where a sign-in may send a person afterwards: the app's own pages only, however the address is dressed up.
const HOSTILE = [
  "/%09/evil.example/phish",
  "/\t/evil.example/phish",
  "/\n/evil.example",
  "/\r/evil.example",
  "/%0A/evil.example",
  "/%0D/evil.example",
  "/%0d%0a/evil.example",
  "//evil.example",
  "//evil.example/chat",
  "/\\evil.example",
  "/\\/evil.example",
  "/%5Cevil.example",
  "/%5c%5cevil.example",
  "/%2F%2Fevil.example",
  "/chat/%2F%2Fevil.example",
  "/chat//evil.example",
  "https://evil.example/chat",
  "http:evil.example",
  "javascript:alert(1)",
  "/javascript:alert(1)",
  "JaVaScRiPt:alert(document.cookie)",
  "data:text/html,<script>alert(1)</script>",
  "//user@evil.example",
  "/@evil.example",
  "//tally.example.com@evil.example",
  "//еvil.example", // Cyrillic е: an IDN lookalike
  "//xn--vil-ddd.example",
  "/\u0000/evil.example",
  "/\u007f/evil.example",
  "chat",
  "",
  "/api/billing/export",
  "/sign-in?callbackUrl=//evil.example",
  "/" + "a".repeat(3000),
];

describe("safeCallbackUrl", () => {
  it.each(HOSTILE)("refuses %j and falls back to /chat", (value) => {
    expect(safeCallbackUrl(value)).toBe("/chat");
  });

  it("refuses arrays, null and undefined", () => {
    expect(safeCallbackUrl(["/settings", "//evil.example"])).toBe("/chat");
    expect(safeCallbackUrl(null, "")).toBe("");
    expect(safeCallbackUrl(undefined)).toBe("/chat");
  });

  it.each([
    ["/chat", "/chat"],
    ["/chat/cm0abc", "/chat/cm0abc"],
    ["/settings/activity?range=30d&model=swift", "/settings/activity?range=30d&model=swift"],
    ["/settings/billing#packs", "/settings/billing#packs"],
    ["/billing/sandbox/cs_test_123", "/billing/sandbox/cs_test_123"],
    ["/agents/./new", "/agents/new"],
  ])("keeps the app's own %j", (value, expected) => {
    expect(safeCallbackUrl(value)).toBe(expected);
  });

  it("knows every signed-in section of the app", () => {
    const sections = readdirSync("app/(app)", { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith("_"))
      .map((entry) => `/${entry.name}`);
    expect(RETURN_PATHS).toEqual(expect.arrayContaining(sections));
  });
});
