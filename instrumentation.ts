// Runs once when a server instance starts: refuse to start with a bad environment.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  try {
    env();
  } catch (error) {
    console.error(`\n${(error as Error).message}\n\nSee the Configuration section of README.md.\n`);
    process.exit(1);
  }
}
