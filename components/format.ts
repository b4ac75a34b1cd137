import { centsPerCredit } from "@/config/plans";

// One formatter for every call: toLocaleString builds a new one each time, which adds up in charts and tables.
const numberFormat = new Intl.NumberFormat("en-US");

export function formatNumber(value: number) {
  return numberFormat.format(value);
}

/** "1 credit", "2,500 credits". */
export function formatCredits(value: number) {
  return `${formatNumber(value)} ${value === 1 ? "credit" : "credits"}`;
}

/** "3 to 24 credits" for the cheapest and dearest of a list of prices. */
export function formatCreditRange(prices: number[]) {
  const low = Math.min(...prices);
  const high = Math.max(...prices);
  return low === high ? formatCredits(low) : `${formatNumber(low)} to ${formatCredits(high)}`;
}

/** "0.80¢" per credit. */
export function formatCentsPerCredit(priceCents: number, credits: number) {
  return `${centsPerCredit(priceCents, credits).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}¢`;
}

/** A calendar date in the person's own time zone, e.g. "March 3, 2026". */
export function formatDate(date: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone }).format(date);
}

/** "Sketch, Prism, and Aurora" or, with "or", "Reel or Cinema". */
export function formatList(items: readonly (string | number)[], joiner: "and" | "or" = "and") {
  const type = joiner === "and" ? "conjunction" : "disjunction";
  return new Intl.ListFormat("en-US", { style: "long", type }).format(items.map(String));
}
