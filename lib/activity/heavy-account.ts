/** The account `npm run seed:heavy` creates for the Activity benchmarks (bench/activity.ts). */
export const HEAVY_ACCOUNT = {
  email: "heavy@tally.local",
  password: "tally-heavy-2026",
  name: "Harper Heavy",
  timeZone: "Europe/Berlin",
} as const;
