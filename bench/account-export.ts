// `npm run bench:export`: time and peak memory of Settings › Profile › Download your data for the heavy user
// (npm run seed:heavy first), as JSON and as a ZIP with media, each also inside a 64 MB JavaScript heap: if
// memory grew with the account, the capped runs would crash. Adds conversations and media files to the
// heavy user the first time. Figures are printed, not asserted. See bench/README.md.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { measureInChild } from "./child-process";
import { accountExport } from "@/lib/account/export";
import { accountExportZip } from "@/lib/account/export-zip";
import { HEAVY_ACCOUNT } from "@/lib/activity/heavy-account";
import { db } from "@/lib/db";

const { values: options } = parseArgs({
  options: {
    /** Internal: run one export ("json" or "zip") in this process and report to the parent. */
    "export-child": { type: "string" },
    media: { type: "string", default: "200" },
    conversations: { type: "string", default: "500" },
  },
});
const MB = 1024 * 1024;
const count = (value: number) => value.toLocaleString("en-US");

interface ExportResult {
  bytes: number;
  seconds: number;
  baselineRss: number;
  peakRss: number;
  peakHeap: number;
}

async function heavyUser() {
  const user = await db().user.findUnique({ where: { email: HEAVY_ACCOUNT.email }, select: { id: true } });
  if (!user)
    throw new Error(
      `No heavy user in ${process.env.DATABASE_URL ?? "the default database"}: run npm run seed:heavy first`,
    );
  return user;
}

/** Conversations (20 messages each) and media files (256 KB each, incompressible) for the export to carry. */
async function addContent(userId: string) {
  const conversations = Number(options.conversations);
  const media = Number(options.media);
  if ((await db().conversation.count({ where: { userId } })) < conversations) {
    for (let index = 0; index < conversations; index += 1) {
      await db().conversation.create({
        data: {
          userId,
          title: `Heavy conversation ${index}`,
          model: "swift",
          messages: {
            create: Array.from({ length: 20 }, (_, turn) => ({
              role: turn % 2 ? "ASSISTANT" : "USER",
              content: `Message ${turn} of conversation ${index}. `.repeat(20),
            })),
          },
        },
      });
    }
  }
  const existing = await db().media.count({ where: { userId } });
  for (let index = existing; index < media; index += 1) {
    await db().media.create({
      data: {
        userId,
        kind: "IMAGE",
        model: "sketch",
        prompt: `heavy image ${index}`,
        mimeType: "image/png",
        width: 512,
        height: 512,
        data: randomBytes(256 * 1024),
        requestId: `heavy-media-${index}`,
        credits: 0,
      },
    });
  }
}

async function exportChild(format: string) {
  const { id } = await heavyUser();
  const baselineRss = process.memoryUsage().rss;
  let peakRss = baselineRss;
  let peakHeap = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  }, 20);
  const started = performance.now();
  const stream = format === "zip" ? await accountExportZip({ userId: id }) : accountExport({ userId: id });
  let bytes = 0;
  const reader = stream.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) bytes += read.value.byteLength;
  clearInterval(sampler);
  process.send!({
    bytes,
    seconds: (performance.now() - started) / 1000,
    baselineRss,
    peakRss,
    peakHeap,
  } satisfies ExportResult);
}

async function main() {
  const { id } = await heavyUser();
  await addContent(id);
  const [events, ledger, conversations, media] = await Promise.all([
    db().usageEvent.count({ where: { userId: id } }),
    db().ledgerEntry.count({ where: { userId: id } }),
    db().conversation.count({ where: { userId: id } }),
    db().media.count({ where: { userId: id } }),
  ]);
  console.log(
    `Heavy user: ${count(events)} usage events, ${count(ledger)} ledger entries, ${count(conversations)} conversations, ${count(media)} media files\n`,
  );
  const runs = [
    { format: "json", label: "JSON", flags: [] },
    { format: "json", label: "JSON, V8 heap capped at 64 MB", flags: ["--max-old-space-size=64"] },
    { format: "zip", label: "ZIP with media", flags: [] },
    { format: "zip", label: "ZIP with media, V8 heap capped at 64 MB", flags: ["--max-old-space-size=64"] },
  ];
  for (const { format, label, flags } of runs) {
    const result = await measureInChild<ExportResult>(["--export-child", format], flags);
    console.log(
      `${label}: ${(result.bytes / MB).toFixed(1)} MB in ${result.seconds.toFixed(1)} s; peak heap ${(result.peakHeap / MB).toFixed(0)} MB, ` +
        `peak RSS ${(result.peakRss / MB).toFixed(0)} MB (${(result.baselineRss / MB).toFixed(0)} MB before it started)`,
    );
  }
}

try {
  if (options["export-child"]) await exportChild(options["export-child"]);
  else await main();
} finally {
  await db().$disconnect();
}
