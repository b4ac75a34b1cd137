// `npx tsx bench/first-load-js.ts [route]` after `next build`: the JavaScript a browser loads for a page
// before any lazy import (gzip), from the build's manifests. Next 16 no longer prints "First Load JS".
// Reads the build in TALLY_DIST_DIR (default .next).
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const route = process.argv[2] ?? "/(app)/settings/activity/page";
const dist = process.env.TALLY_DIST_DIR || ".next";

const buildManifest = JSON.parse(readFileSync(path.join(dist, "build-manifest.json"), "utf8")) as {
  rootMainFiles: string[];
};
// The client reference manifest is a script that assigns globalThis.__RSC_MANIFEST[route].
const globals = globalThis as unknown as {
  self: unknown;
  __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }>;
};
globals.self = globalThis;
new Function(readFileSync(path.join(dist, "server/app", `${route}_client-reference-manifest.js`), "utf8"))();
const manifest = globals.__RSC_MANIFEST?.[route];
if (!manifest) throw new Error(`No client manifest for ${route} in ${dist}`);

// The framework's root chunks plus every chunk of the route's segments (layouts, error and loading
// boundaries, the page): what the page's HTML loads up front. Lazily imported chunks are not in it.
const files = [...new Set([...buildManifest.rootMainFiles, ...Object.values(manifest.entryJSFiles).flat()])];
let total = 0;
const rows = files.map((file) => {
  const source = readFileSync(path.join(dist, file));
  const gzip = gzipSync(source).length;
  total += gzip;
  return { file, kb: source.length / 1024, gzipKb: gzip / 1024 };
});
for (const row of rows.sort((a, b) => b.gzipKb - a.gzipKb)) {
  console.log(
    `${row.file.padEnd(44)} ${row.kb.toFixed(1).padStart(7)} KB  ${row.gzipKb.toFixed(1).padStart(6)} KB gzip`,
  );
}
console.log(`\nFirst-load JS of ${route}: ${(total / 1024).toFixed(1)} KB gzip in ${files.length} files`);
