/** The canonical IANA name of a time zone ("europe/berlin" → "Europe/Berlin"), or null if Intl does not know it. */
export function canonicalTimeZone(timeZone: string): string | null {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** Every time zone this runtime knows, for a picker; always includes UTC. */
export function supportedTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}

/** "UTC+05:30" for an offset in minutes east of UTC. */
export function formatUtcOffset(minutes: number) {
  const sign = minutes < 0 ? "−" : "+";
  const absolute = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(absolute / 60)).padStart(2, "0")}:${String(absolute % 60).padStart(2, "0")}`;
}

/** How a zone is shown to people: "America/New York". */
export const zoneLabel = (timeZone: string) => timeZone.replaceAll("_", " ");
