import { db, type Tx } from "@/lib/db";
import { TX_OPTIONS } from "./policy";

/** Runs one money operation in one interactive transaction; every balance change goes through here. */
export function ledgerTx<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction((tx) => work(tx), TX_OPTIONS);
}

/** Raised inside a transaction to roll it back when an invariant would break; never expected. */
export class LedgerInvariantError extends Error {
  constructor(message: string) {
    super(`ledger invariant: ${message}`);
    this.name = "LedgerInvariantError";
  }
}
