// Seeds the demo account once; a no-op when it already exists.
import { db } from "@/lib/db";
import { DEMO_ACCOUNT } from "@/lib/demo";
import { seedDemo } from "./seed-demo";

const started = Date.now();
const { created } = await seedDemo();
console.log(created ? `Seeded the demo account ${DEMO_ACCOUNT.email} in ${Date.now() - started} ms` : "Demo account already seeded");
await db().$disconnect();
