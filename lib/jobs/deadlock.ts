/** PostgreSQL's deadlock_detected: one of the transactions was rolled back and can simply run again. */
const DEADLOCK = "40P01";

/**
 * Runs `work`, again after a short random pause when PostgreSQL rolled it back as a deadlock victim. Two
 * instances starting at once both create pg-boss's queues (DDL on its partitioned job table) and can
 * deadlock each other; the loser then started with no workers at all.
 */
export async function retryOnDeadlock<T>(work: () => Promise<T>, { attempts = 5, pauseMs = 50 } = {}): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if ((error as { code?: string }).code !== DEADLOCK || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, pauseMs * attempt * (1 + Math.random())));
    }
  }
}
