import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, activityHref, exportHref, parseActivityFilters, withFilters } from "./filters";

const parse = (query: string) => parseActivityFilters(new URLSearchParams(query));

describe("parseActivityFilters", () => {
  it("defaults to the last 30 days by credits, and reads every filter", () => {
    expect(parse("")).toEqual({ ok: true, filters: DEFAULT_FILTERS });
    expect(DEFAULT_FILTERS).toMatchObject({ range: "30d", sort: "credits", dir: "desc", group: "model" });
    expect(
      parse("range=custom&from=2026-03-01&to=2026-03-31&model=sage&kind=council&sort=average&dir=asc&group=agent"),
    ).toEqual({
      ok: true,
      filters: {
        range: "custom",
        from: "2026-03-01",
        to: "2026-03-31",
        model: "sage",
        kind: "COUNCIL",
        sort: "average",
        dir: "asc",
        group: "agent",
      },
    });
    expect(parse("group=project")).toMatchObject({ ok: false, message: "Unknown grouping" });
  });

  it("reads Next's searchParams objects too, first value wins, empty means absent", () => {
    expect(parseActivityFilters({ range: ["7d", "90d"], model: "", kind: undefined })).toEqual({
      ok: true,
      filters: { ...DEFAULT_FILTERS, range: "7d" },
    });
  });

  it("ignores dates unless the range is custom", () => {
    expect(parse("range=7d&from=2026-03-01&to=2026-03-31")).toEqual({
      ok: true,
      filters: { ...DEFAULT_FILTERS, range: "7d" },
    });
  });

  it.each([
    ["range=1y", /Unknown range/],
    ["range=custom", /start and an end/],
    ["range=custom&from=2026-02-30&to=2026-03-01", /does not exist/],
    ["range=custom&from=2026-03-02&to=2026-03-01", /before the start/],
    ["range=custom&from=2025-01-01&to=2026-03-01", /at most 366 days/],
    ["kind=poem", /Unknown kind/],
    ["model=DROP TABLE", /Unknown model/],
    ["cursor=abc", /Unknown page/],
    ["sort=price", /Unknown sort/],
  ])("refuses %s with a typed error", (query, message) => {
    expect(parse(query)).toEqual({ ok: false, code: "INVALID_INPUT", message: expect.stringMatching(message) });
  });
});

describe("links", () => {
  const filters = {
    ...DEFAULT_FILTERS,
    range: "7d" as const,
    model: "sage",
    kind: "IMAGE" as const,
    cursor: "1790000000000.abc",
    request: "evt_1",
  };

  it("leave out defaults and round-trip through the parser", () => {
    expect(activityHref(DEFAULT_FILTERS)).toBe("/settings/activity");
    const href = activityHref(filters, { request: "evt_2" });
    expect(href).toBe("/settings/activity?range=7d&model=sage&kind=image&cursor=1790000000000.abc&request=evt_2");
    expect(parse(href.split("?")[1]!)).toEqual({ ok: true, filters: { ...filters, request: "evt_2" } });
  });

  it("start the list from the newest again when what is shown changes, and close an open request on any change", () => {
    expect(withFilters(filters, { range: "30d" })).toMatchObject({
      range: "30d",
      cursor: undefined,
      request: undefined,
      model: "sage",
    });
    expect(withFilters(filters, { sort: "model" })).toMatchObject({ cursor: filters.cursor, request: undefined });
    expect(
      withFilters({ ...filters, range: "custom", from: "2026-01-01", to: "2026-01-02" }, { range: "90d" }),
    ).toMatchObject({ from: undefined, to: undefined });
  });

  it("export exactly what is shown", () => {
    expect(exportHref(filters)).toBe("/api/activity/export?range=7d&model=sage&kind=image");
  });
});
