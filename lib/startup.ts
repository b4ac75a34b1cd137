import { env } from "./env";

// Refuse to start with a bad environment, naming every variable that is wrong.
try {
  env();
} catch (error) {
  console.error(`\n${(error as Error).message}\n\nSee the Configuration section of README.md.\n`);
  process.exit(1);
}
