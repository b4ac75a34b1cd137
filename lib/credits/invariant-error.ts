/** Raised inside a transaction to roll it back when an invariant would break; never expected. */
export class LedgerInvariantError extends Error {
  constructor(message: string) {
    super(`ledger invariant: ${message}`);
    this.name = "LedgerInvariantError";
  }
}
