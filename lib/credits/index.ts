// The only place balances change. Everything else calls these.
export { quote, type PricedAction, type Quote } from "./quote";
export { hold, holdGroup, type HoldOutcome } from "./hold";
export { settle } from "./settle";
export { release } from "./release";
export { grant, grantInTx } from "./grant";
export { reverseCredits, releaseReversal, confirmReversal, type ReverseInput, type ReverseOutcome } from "./reverse";
export { closeAccountInTx } from "./close";
export {
  rolloverIfDue,
  rolloverAllDue,
  endPaidPeriod,
  openAccountInTx,
  startFreePeriodInTx,
  startPeriodInTx,
  upgradeAllowanceInTx,
  periodContaining,
  type Period,
} from "./period";
export { releaseExpiredHolds } from "./sweeper";
export { auditLedger } from "./audit";
export { ledgerTx } from "./transaction";
export { chargedCall, callHeld, notCharged, replay, type ChargedCallInput, type HeldCallInput } from "./charged-call";
export { capRoom, setDailyCap, setSpendCap } from "./spend-cap";
export { dayRoom, localDayContaining } from "./day";
export { allowanceGrantKey, periodAllowance } from "./allowance";
export { importFinishedRequests, type FinishedRequest } from "./import";
