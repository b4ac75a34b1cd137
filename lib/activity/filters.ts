import { z } from "zod";
import type { UsageKind } from "@/lib/db";

/**
 * The Activity filters, all kept in the URL (shareable, the back button works). One parser serves the
 * page, the CSV export and the tests.
 */
export const RANGE_PRESETS = ["24h", "7d", "30d", "90d", "custom"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export const USAGE_KINDS = ["CHAT", "IMAGE", "VIDEO", "COUNCIL", "AGENT"] as const satisfies readonly UsageKind[];

export const MODEL_SORTS = ["model", "requests", "credits", "share", "average"] as const;
export type ModelSort = (typeof MODEL_SORTS)[number];

/** What the spending table is grouped by: the model (from the rollups), or the agent or conversation (from events). */
export const SPEND_GROUPS = ["model", "agent", "conversation"] as const;
export type SpendGroup = (typeof SPEND_GROUPS)[number];
/** The longest custom range: a year and a day, so a leap year fits. */
export const MAX_CUSTOM_DAYS = 366;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const isoDate = z
  .string()
  .regex(DATE, "Use a date like 2026-01-31")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return (
      !Number.isNaN(date.getTime()) &&
      date.toISOString().startsWith(value) &&
      value >= "2000-01-01" &&
      value <= "2100-12-31"
    );
  }, "That date does not exist");

/** Lowercase in the URL (`kind=image`), the database's enum inside the app. */
const kind = z
  .enum(USAGE_KINDS.map((value) => value.toLowerCase()) as [Lowercase<UsageKind>, ...Lowercase<UsageKind>[]], {
    error: "Unknown kind",
  })
  .transform((value) => value.toUpperCase() as UsageKind);

const filterFields = z.object({
  range: z.enum(RANGE_PRESETS, { error: "Unknown range" }).default("30d"),
  from: isoDate.optional(),
  to: isoDate.optional(),
  model: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{0,39}$/, "Unknown model")
    .optional(),
  kind: kind.optional(),
  sort: z.enum(MODEL_SORTS, { error: "Unknown sort" }).default("credits"),
  dir: z.enum(["asc", "desc"], { error: "Unknown sort direction" }).default("desc"),
  group: z.enum(SPEND_GROUPS, { error: "Unknown grouping" }).default("model"),
  /** Keyset position in the request list: "<epoch ms>.<event id>" of the last request shown. */
  cursor: z
    .string()
    .regex(/^\d{1,15}\.[\w-]{1,64}$/, "Unknown page")
    .optional(),
  /** The request whose detail is open. */
  request: z
    .string()
    .regex(/^[\w:-]{1,100}$/, "Unknown request")
    .optional(),
});

export const activityFiltersSchema = filterFields
  .superRefine((filters, context) => {
    if (filters.range !== "custom") return;
    if (!filters.from || !filters.to) {
      context.addIssue({ code: "custom", path: ["from"], message: "Choose a start and an end date" });
      return;
    }
    const days = (Date.parse(filters.to) - Date.parse(filters.from)) / 86_400_000 + 1;
    if (days < 1) context.addIssue({ code: "custom", path: ["to"], message: "The end date is before the start date" });
    else if (days > MAX_CUSTOM_DAYS)
      context.addIssue({ code: "custom", path: ["to"], message: `Choose at most ${MAX_CUSTOM_DAYS} days` });
  })
  .transform((filters) => (filters.range === "custom" ? filters : { ...filters, from: undefined, to: undefined }));

export type ActivityFilters = z.infer<typeof activityFiltersSchema>;

export const DEFAULT_FILTERS: ActivityFilters = activityFiltersSchema.parse({});

type SearchInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** The first value of each known parameter; empty values count as absent (an emptied form field). */
function searchRecord(input: SearchInput) {
  const get = (key: string) => {
    const value = input instanceof URLSearchParams ? input.get(key) : input[key];
    const first = Array.isArray(value) ? value[0] : value;
    return first === null || first === "" ? undefined : first;
  };
  return Object.fromEntries(Object.keys(filterFields.shape).map((key) => [key, get(key)]));
}

export type ParsedFilters =
  { ok: true; filters: ActivityFilters } | { ok: false; code: "INVALID_INPUT"; message: string };

export function parseActivityFilters(input: SearchInput): ParsedFilters {
  const parsed = activityFiltersSchema.safeParse(searchRecord(input));
  if (parsed.success) return { ok: true, filters: parsed.data };
  return { ok: false, code: "INVALID_INPUT", message: parsed.error.issues.map((issue) => issue.message).join("; ") };
}

const DATA_KEYS = ["range", "from", "to", "model", "kind"] as const;
const ORDER = [
  "range",
  "from",
  "to",
  "model",
  "kind",
  "sort",
  "dir",
  "group",
  "cursor",
  "request",
] as const satisfies readonly (keyof ActivityFilters)[];

/**
 * The filters with some changed. Changing what is shown (range, model, kind) starts the request list
 * from the newest again and closes an open request; paging or sorting closes an open request.
 */
export function withFilters(filters: ActivityFilters, changes: Partial<ActivityFilters>): ActivityFilters {
  const next = { ...filters, ...changes };
  if (DATA_KEYS.some((key) => key in changes)) {
    if (!("cursor" in changes)) next.cursor = undefined;
    if (!("request" in changes)) next.request = undefined;
  } else if (!("request" in changes)) next.request = undefined;
  if (next.range !== "custom") {
    next.from = undefined;
    next.to = undefined;
  }
  return next;
}

/** The query string of some filters, leaving out defaults ("" for the default view). */
export function filtersQuery(filters: ActivityFilters, keys: readonly (keyof ActivityFilters)[] = ORDER) {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = filters[key];
    if (value === undefined || value === DEFAULT_FILTERS[key]) continue;
    params.set(key, key === "kind" ? String(value).toLowerCase() : String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

export const ACTIVITY_PATH = "/settings/activity";

export function activityHref(filters: ActivityFilters, changes: Partial<ActivityFilters> = {}) {
  return `${ACTIVITY_PATH}${filtersQuery(withFilters(filters, changes))}`;
}

/** The export of exactly the requests the filters show (range, model, kind). */
export function exportHref(filters: ActivityFilters) {
  return `/api/activity/export${filtersQuery(filters, DATA_KEYS)}`;
}
