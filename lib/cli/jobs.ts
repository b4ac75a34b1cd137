// `npm run jobs:work`: a worker process (README › Jobs). `npm run jobs:reset` / `jobs:sweep`: run one job now,
// e.g. from cron where no worker runs; the same handlers the workers run.
import { rolloverAllDue, releaseExpiredHolds } from "@/lib/credits";
import { db } from "@/lib/db";
import { stopJobEngine } from "@/lib/jobs/engine";
import { startJobWorkers } from "@/lib/jobs/workers";

const job = process.argv[2];
if (job === "work") {
  await startJobWorkers();
  console.log("Job worker running; stop it with Ctrl-C (it finishes the job in hand first).");
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, async () => {
      await stopJobEngine();
      await db().$disconnect();
      process.exit(0);
    });
  }
} else {
  if (job === "reset") console.log(`Monthly reset: ${await rolloverAllDue()} account(s) started a new period`);
  else if (job === "sweep") console.log(`Hold sweeper: released ${await releaseExpiredHolds()} expired hold(s)`);
  else {
    console.error("usage: jobs.ts work|reset|sweep");
    process.exitCode = 1;
  }
  await db().$disconnect();
}
