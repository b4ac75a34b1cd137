// Scheduled jobs: `npm run jobs:reset` (Free plan monthly reset) and `npm run jobs:sweep` (expired holds).
import { releaseExpiredHolds, rolloverAllDue } from "@/lib/credits";
import { db } from "@/lib/db";

const job = process.argv[2];
if (job === "reset") console.log(`Monthly reset: ${await rolloverAllDue()} account(s) started a new period`);
else if (job === "sweep") console.log(`Hold sweeper: released ${await releaseExpiredHolds()} expired hold(s)`);
else {
  console.error("usage: jobs.ts reset|sweep");
  process.exitCode = 1;
}
await db().$disconnect();
