import { CHAT_MODELS, IMAGE_MODELS, VIDEO_MODELS, modelName } from "@/config/pricing";
import type { UsageKind } from "@/lib/db";

export const KIND_LABELS: Record<UsageKind, string> = {
  CHAT: "Chat",
  IMAGE: "Image",
  VIDEO: "Video",
  COUNCIL: "Council",
  AGENT: "Agent",
};

/** Every model in the catalog, in the order of the price table. */
export const CATALOG_MODELS = [...Object.keys(CHAT_MODELS), ...Object.keys(IMAGE_MODELS), ...Object.keys(VIDEO_MODELS)];

// Observable's categorical palette: ten hues told apart on the light and the dark surface alike.
// The chat models, most often shown together, get the most distinct ones.
const PALETTE: Record<string, string> = {
  swift: "#4269d0",
  nimbus: "#efb118",
  sage: "#3ca951",
  atlas: "#a463f2",
  oracle: "#ff725c",
  sketch: "#6cc5b0",
  prism: "#ff8ab7",
  aurora: "#97bbf5",
  reel: "#9c6b4e",
  cinema: "#9498a0",
};
const SPARE = ["#e15759", "#76b7b2", "#edc948", "#b07aa1", "#59a14f", "#f28e2b"];

/** The same colour for a model on every chart, legend and table, whatever else is shown. */
export function modelColor(model: string) {
  if (PALETTE[model]) return PALETTE[model];
  let hash = 0;
  for (const char of model) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return SPARE[Math.abs(hash) % SPARE.length]!;
}

export { modelName };

/** What a request was priced on: "1024 × 1024", "8 s at 720p", "1 message". */
export function formatUnits(units: Record<string, string | number>) {
  const parts: string[] = [];
  if (typeof units.seconds === "number") parts.push(`${units.seconds} s`);
  if (typeof units.resolution === "string") parts.push(units.resolution.replace("x", " × "));
  if (typeof units.messages === "number")
    parts.push(`${units.messages} ${units.messages === 1 ? "message" : "messages"}`);
  return parts.join(" at ") || "—";
}

/** "850 ms", "1.4 s", "2 min 5 s". */
export function formatLatency(ms: number) {
  if (ms < 1_000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1_000)} s`;
}

/** Averages get one decimal: "4.3". */
export function formatAverage(value: number | null) {
  return value === null ? "—" : value.toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/** "62.5%"; "<0.1%" for a sliver. */
export function formatShare(part: number, whole: number) {
  if (whole === 0 || part === 0) return "0%";
  const percent = (part / whole) * 100;
  return percent < 0.1 ? "<0.1%" : `${percent.toLocaleString("en-US", { maximumFractionDigits: 1 })}%`;
}

/** "Nov 26, 2026, 14:03:12 CET" in the person's zone. */
export function formatDateTime(instant: Date, timeZone: string, { seconds = false } = {}) {
  return new Intl.DateTimeFormat("en-US", {
    timeZone,
    month: "short",
    day: "numeric",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    ...(seconds && { second: "2-digit" }),
    hourCycle: "h23",
    timeZoneName: "short",
  }).format(instant);
}
