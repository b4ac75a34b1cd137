import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/**
 * The better-sqlite3 adapter runs every query on one connection and serialises only transactions,
 * so a statement issued outside a transaction would run inside whichever transaction is open (and be
 * rolled back with it). This factory puts every statement and every transaction behind one lock.
 */
export class SerializedSQLite3 extends PrismaBetterSQLite3 {
  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    let tail: Promise<void> = Promise.resolve();
    const acquire = () => {
      let unlock!: () => void;
      const next = new Promise<void>((resolve) => (unlock = resolve));
      const ready = tail.then(() => unlock);
      tail = tail.then(() => next);
      return ready;
    };
    const exclusive =
      <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
      async (...args: A) => {
        const unlock = await acquire();
        try {
          return await run(...args);
        } finally {
          unlock();
        }
      };
    adapter.queryRaw = exclusive(adapter.queryRaw.bind(adapter));
    adapter.executeRaw = exclusive(adapter.executeRaw.bind(adapter));
    adapter.executeScript = exclusive(adapter.executeScript.bind(adapter));
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const unlock = await acquire();
      let transaction: Transaction;
      try {
        transaction = await startTransaction(isolationLevel);
      } catch (error) {
        unlock();
        throw error;
      }
      const finish = (end: () => Promise<void>) => async () => {
        try {
          await end();
        } finally {
          unlock();
        }
      };
      transaction.commit = finish(transaction.commit.bind(transaction));
      transaction.rollback = finish(transaction.rollback.bind(transaction));
      return transaction;
    };
    return adapter;
  }
}
