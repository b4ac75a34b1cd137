// Seeds the demo account once, on a local run only (TALLY_LOCAL_MODE=1, which lib/env.ts allows only with a
// loopback NEXTAUTH_URL); a no-op when it already exists.
import { db } from "@/lib/db";
import { DEMO_ACCOUNT } from "@/lib/demo";
import { env } from "@/lib/env";
import { seedDemo } from "./seed-demo";

if (!env().TALLY_LOCAL_MODE) {
  console.log("Demo account not seeded: this is not a local run (TALLY_LOCAL_MODE=1 on a loopback NEXTAUTH_URL)");
} else {
  const started = Date.now();
  const { created } = await seedDemo();
  console.log(
    created
      ? `Seeded the demo account ${DEMO_ACCOUNT.email} in ${Date.now() - started} ms`
      : "Demo account already seeded",
  );
  await db().$disconnect();
}
