import { TZDate, tzOffset } from "@date-fns/tz";
import { addDays, differenceInCalendarDays, format, startOfDay } from "date-fns";
import { startOfUtcHour } from "@/lib/credits/usage";
import type { ActivityFilters, RangePreset } from "./filters";

const HOUR_MS = 3_600_000;
const PRESET_DAYS = { "7d": 7, "30d": 30, "90d": 90 } as const;

/**
 * The time span Activity shows, cut into the buckets of its charts: the last 24 UTC hours, or whole
 * calendar days in the person's time zone (23 or 25 hours long on daylight-saving changes).
 */
export interface ActivityRange {
  preset: RangePreset;
  timeZone: string;
  unit: "hour" | "day";
  /** n + 1 instants: bucket i is [boundaries[i], boundaries[i + 1]). */
  boundaries: Date[];
  /** The first and last local calendar days shown, as yyyy-mm-dd. */
  firstDay: string;
  lastDay: string;
}

type RangeFilters = Pick<ActivityFilters, "range" | "from" | "to">;

/** Midnight at the start of a yyyy-mm-dd day in a time zone (or the first instant of that day where midnight is skipped). */
export function localMidnight(day: string, timeZone: string) {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return startOfDay(new TZDate(year, month - 1, date, timeZone));
}

export function localDay(instant: Date, timeZone: string) {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd");
}

export function resolveRange({
  filters,
  timeZone,
  now,
}: {
  filters: RangeFilters;
  timeZone: string;
  now: Date;
}): ActivityRange {
  let boundaries: Date[];
  if (filters.range === "24h") {
    const end = startOfUtcHour(now).getTime() + HOUR_MS;
    boundaries = Array.from({ length: 25 }, (_, i) => new Date(end - (24 - i) * HOUR_MS));
  } else {
    let first: TZDate;
    let days: number;
    if (filters.range === "custom" && filters.from && filters.to) {
      first = localMidnight(filters.from, timeZone);
      days = differenceInCalendarDays(localMidnight(filters.to, timeZone), first) + 1;
    } else {
      days = PRESET_DAYS[filters.range === "custom" ? "30d" : filters.range];
      first = addDays(startOfDay(new TZDate(now.getTime(), timeZone)), -(days - 1));
    }
    boundaries = Array.from({ length: days + 1 }, (_, i) => new Date(startOfDay(addDays(first, i)).getTime()));
  }
  const start = boundaries[0]!;
  const end = boundaries.at(-1)!;
  return {
    preset: filters.range,
    timeZone,
    unit: filters.range === "24h" ? "hour" : "day",
    boundaries,
    firstDay: localDay(start, timeZone),
    lastDay: localDay(new Date(end.getTime() - 1), timeZone),
  };
}

/**
 * The span of the same length just before a range, cut the same way: the 24 hours before, or as many
 * whole local days before (so a clock change inside it gives it a 23- or 25-hour day, like any range).
 * A range still running (it ends after `now`: today, this hour) is compared with the period before up to
 * the same moment, so a day that has only begun is not set against a whole one.
 */
export function previousRange(range: ActivityRange, now = new Date()): ActivityRange {
  const count = bucketCount(range);
  const boundaries =
    range.unit === "hour"
      ? range.boundaries.map((boundary) => new Date(boundary.getTime() - count * HOUR_MS))
      : Array.from(
          { length: count + 1 },
          (_, i) => new Date(startOfDay(addDays(localMidnight(range.firstDay, range.timeZone), i - count)).getTime()),
        );
  if (rangeEnd(range) > now)
    boundaries[count] =
      range.unit === "hour"
        ? new Date(now.getTime() - count * HOUR_MS)
        : new Date(addDays(new TZDate(now.getTime(), range.timeZone), -count).getTime());
  return {
    ...range,
    boundaries,
    firstDay: localDay(boundaries[0]!, range.timeZone),
    lastDay: localDay(new Date(boundaries.at(-1)!.getTime() - 1), range.timeZone),
  };
}

export const rangeStart = (range: ActivityRange) => range.boundaries[0]!;
export const rangeEnd = (range: ActivityRange) => range.boundaries.at(-1)!;
export const bucketCount = (range: ActivityRange) => range.boundaries.length - 1;

/** Short axis labels ("Nov 26", "14:00") and full ones for tooltips and tables. */
export function bucketLabels(range: ActivityRange): { label: string; detail: string }[] {
  const { timeZone } = range;
  const day = new Intl.DateTimeFormat("en-US", { timeZone, month: "short", day: "numeric" });
  const weekday = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", month: "short", day: "numeric" });
  const hour = new Intl.DateTimeFormat("en-US", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const hourWithZone = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  });
  return range.boundaries.slice(0, -1).map((start, i) =>
    range.unit === "day"
      ? { label: day.format(start), detail: weekday.format(start) }
      : {
          label: hour.format(start),
          detail: `${weekday.format(start)}, ${hour.format(start)}–${hourWithZone.format(range.boundaries[i + 1]!)}`,
        },
  );
}

/** The span `previousRange` covers, in words: "the 7 days before", "the day before", "the 24 hours before". */
export function periodBefore(range: ActivityRange) {
  const count = bucketCount(range);
  if (range.unit === "hour") return `the ${count} hours before`;
  return count === 1 ? "the day before" : `the ${count} days before`;
}

/** "Last 24 hours", "Oct 28 – Nov 26, 2026", "Mar 29, 2026". */
export function describeRange(range: ActivityRange) {
  if (range.unit === "hour") return "Last 24 hours";
  const { timeZone } = range;
  const formatter = new Intl.DateTimeFormat("en-US", { timeZone, month: "short", day: "numeric", year: "numeric" });
  const last = new Date(rangeEnd(range).getTime() - 1);
  return range.firstDay === range.lastDay
    ? formatter.format(rangeStart(range))
    : formatter.formatRange(rangeStart(range), last);
}

/**
 * Formats instants as local ISO 8601 times with their offset ("2026-03-29T03:15:00+02:00"), fast enough
 * for a million rows in time order: offsets change only on whole minutes, so the local date, hour
 * and minute are worked out once per minute and only the seconds are added per instant.
 */
export function localTimestamps(timeZone: string) {
  let minute = Number.NaN;
  let prefix = "";
  let suffix = "";
  return (instant: Date) => {
    const time = instant.getTime();
    if (Math.floor(time / 60_000) !== minute) {
      minute = Math.floor(time / 60_000);
      const offset = tzOffset(timeZone, instant);
      const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
      suffix = `${offset < 0 ? "-" : "+"}${hours}:${String(Math.abs(offset) % 60).padStart(2, "0")}`;
      prefix = new Date(minute * 60_000 + offset * 60_000).toISOString().slice(0, 17);
    }
    return `${prefix}${String(Math.floor((time % 60_000) / 1_000)).padStart(2, "0")}${suffix}`;
  };
}
