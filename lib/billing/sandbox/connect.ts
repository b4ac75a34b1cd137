import {
  eventOf,
  find,
  list,
  newId,
  remove,
  save,
  seconds,
  StripeError,
  type SandboxEvent,
  type StripeList,
  type StripeObject,
} from "./store";

/**
 * The sandbox's Stripe Connect: Express accounts, their onboarding links, transfers to them and transfer
 * reversals, with Stripe's shapes, refusals and events — `account.updated` is a connected account's event
 * (it carries `account`, and Stripe sends it to Connect endpoints); `transfer.*` are the platform's.
 */

interface Account extends StripeObject {
  type: "express";
  email: string | null;
  details_submitted: boolean;
  charges_enabled: boolean;
  payouts_enabled: boolean;
  capabilities: { transfers: "inactive" | "pending" | "active" };
  requirements: { currently_due: string[]; disabled_reason: string | null };
  metadata: Record<string, string>;
}
interface TransferReversal extends StripeObject {
  amount: number;
  transfer: string;
  created: number;
}
interface Transfer extends StripeObject {
  amount: number;
  amount_reversed: number;
  currency: string;
  destination: string;
  reversed: boolean;
  reversals: { object: "list"; data: TransferReversal[]; has_more: false; total_count: number; url: string };
  transfer_group: string | null;
  metadata: Record<string, string>;
  created: number;
}
/** The sandbox's record of an account link (Stripe's has no id): where the onboarding page returns to. */
interface OnboardingLink extends StripeObject {
  account: string;
  return_url: string;
  refresh_url: string;
  expires_at: number;
}

/** The platform's available balance, when a test sets one (by default the sandbox can always pay). */
interface PlatformBalance extends StripeObject {
  available: number;
}
const BALANCE_ID = "sandbox_platform_balance";

const REQUIREMENTS = ["external_account", "individual.dob.day", "individual.first_name", "tos_acceptance.date"];
const CONNECT_PATH = /^\/v1\/(accounts|account_links|transfers)(?:\/((?:acct|tr)_[A-Za-z0-9]+))?(\/reversals)?$/;

export class ConnectEmulator {
  constructor(
    private readonly options: {
      /** Where an account link sends the person: the sandbox's own onboarding page. */
      onboardingUrl: (linkId: string) => string;
      now: () => Date;
    },
  ) {}

  /** Answers a Connect request, or null when the path is not Connect's. */
  async route(
    method: string,
    path: string,
    params: Record<string, unknown>,
    events: SandboxEvent[],
  ): Promise<StripeObject | StripeList | null> {
    const match = CONNECT_PATH.exec(path);
    if (!match) return null;
    const [, resource, id = "", suffix = ""] = match;
    switch (`${method} ${resource}${id ? "/:id" : ""}${suffix}`) {
      case "POST accounts":
        return this.createAccount(params);
      case "GET accounts/:id":
        return find<Account>(id, "account");
      case "POST account_links":
        return this.createAccountLink(params);
      case "POST transfers":
        return this.createTransfer(params, events);
      case "GET transfers/:id":
        return find<Transfer>(id, "transfer");
      case "GET transfers": {
        const data = await list<Transfer>(
          "transfer",
          (transfer) =>
            (!params.transfer_group || transfer.transfer_group === params.transfer_group) &&
            (!params.destination || transfer.destination === params.destination),
        );
        return {
          object: "list",
          data: data.slice(0, Number(params.limit ?? 10)),
          has_more: false,
          url: "/v1/transfers",
        };
      }
      case "GET transfers/:id/reversals": {
        const { reversals } = await find<Transfer>(id, "transfer");
        return { ...reversals, data: reversals.data.slice(0, Number(params.limit ?? 10)) };
      }
      case "POST transfers/:id/reversals":
        return this.reverseTransfer(id, params.amount === undefined ? undefined : Number(params.amount), events);
      default:
        throw new StripeError(404, `Unrecognized request URL (${method}: ${path}).`);
    }
  }

  private createAccount(params: Record<string, unknown>) {
    if (params.type !== "express") throw new StripeError(400, "The sandbox makes Express accounts only: type=express");
    const requested = (params.capabilities as { transfers?: { requested?: unknown } } | undefined)?.transfers
      ?.requested;
    if (requested !== "true" && requested !== true)
      throw new StripeError(400, "An Express account for transfers needs capabilities[transfers][requested]=true");
    return save<Account>({
      id: newId("acct"),
      object: "account",
      type: "express",
      email: typeof params.email === "string" ? params.email : null,
      country: "US",
      default_currency: "usd",
      details_submitted: false,
      charges_enabled: false,
      payouts_enabled: false,
      capabilities: { transfers: "inactive" },
      requirements: { currently_due: REQUIREMENTS, disabled_reason: "requirements.past_due" },
      metadata: (params.metadata as Record<string, string> | undefined) ?? {},
      created: seconds(this.options.now()),
    });
  }

  private async createAccountLink(params: Record<string, unknown>) {
    const account = await find<Account>(String(params.account ?? ""), "account");
    if (params.type !== "account_onboarding" && params.type !== "account_update")
      throw new StripeError(400, "type must be account_onboarding or account_update");
    for (const field of ["refresh_url", "return_url"])
      if (typeof params[field] !== "string") throw new StripeError(400, `Missing required param: ${field}.`);
    const created = seconds(this.options.now());
    const link = await save<OnboardingLink>({
      id: newId("acctlink"),
      object: "sandbox.account_link",
      account: account.id,
      return_url: String(params.return_url),
      refresh_url: String(params.refresh_url),
      expires_at: created + 300,
    });
    return {
      id: link.id,
      object: "account_link",
      created,
      expires_at: link.expires_at,
      url: this.options.onboardingUrl(link.id),
    };
  }

  private async createTransfer(params: Record<string, unknown>, events: SandboxEvent[]) {
    const amount = Number(params.amount);
    if (!Number.isInteger(amount) || amount < 1) throw new StripeError(400, "Invalid positive integer: amount");
    if (params.currency !== "usd") throw new StripeError(400, "The sandbox transfers usd only");
    const account = await find<Account>(String(params.destination ?? ""), "account").catch(() => {
      throw new StripeError(400, `No such destination: '${String(params.destination)}'`);
    });
    const balance = await find<PlatformBalance>(BALANCE_ID, "balance").catch(() => null);
    if (balance && balance.available < amount)
      throw new StripeError(
        400,
        "You have insufficient available funds in your Stripe account. Try adding funds directly to your available balance by creating Top-ups.",
        "invalid_request_error",
        "balance_insufficient",
      );
    if (account.capabilities.transfers !== "active")
      throw new StripeError(
        400,
        "Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments",
      );
    const id = newId("tr");
    const transfer = await save<Transfer>({
      id,
      object: "transfer",
      amount,
      amount_reversed: 0,
      currency: "usd",
      destination: account.id,
      destination_payment: newId("py"),
      reversed: false,
      reversals: { object: "list", data: [], has_more: false, total_count: 0, url: `/v1/transfers/${id}/reversals` },
      transfer_group: typeof params.transfer_group === "string" ? params.transfer_group : null,
      description: typeof params.description === "string" ? params.description : null,
      metadata: (params.metadata as Record<string, string> | undefined) ?? {},
      livemode: false,
      created: seconds(this.options.now()),
    });
    if (balance) await save({ ...balance, available: balance.available - amount });
    events.push(eventOf("transfer.created", transfer, this.options.now()));
    return transfer;
  }

  /** A reversal (all that is left without an amount): `transfer.reversed`, with the transfer's cumulative `amount_reversed`. */
  async reverseTransfer(transferId: string, amount: number | undefined, events: SandboxEvent[] = []) {
    const transfer = await find<Transfer>(transferId, "transfer");
    const left = transfer.amount - transfer.amount_reversed;
    const value = amount ?? left;
    if (!Number.isInteger(value) || value < 1 || value > left)
      throw new StripeError(400, left === 0 ? `Transfer ${transferId} is already fully reversed.` : "Invalid amount");
    const reversal: TransferReversal = {
      id: newId("trr"),
      object: "transfer_reversal",
      amount: value,
      currency: "usd",
      transfer: transfer.id,
      created: seconds(this.options.now()),
    };
    transfer.reversals.data.unshift(reversal);
    transfer.reversals.total_count += 1;
    transfer.amount_reversed += value;
    transfer.reversed = transfer.amount_reversed === transfer.amount;
    await save(transfer);
    events.push(eventOf("transfer.reversed", transfer, this.options.now()));
    return reversal;
  }

  /** Sandbox only: the account link an onboarding page was opened with (null once expired or unknown). */
  async onboardingLink(linkId: string) {
    const link = await find<OnboardingLink>(linkId, "account link").catch(() => null);
    return link && link.expires_at >= seconds(this.options.now()) ? link : null;
  }

  /** Sandbox only: the platform's available balance (null: unlimited); transfers beyond it are refused. */
  async setPlatformBalance(available: number | null) {
    if (available === null) await remove(BALANCE_ID);
    else await save<PlatformBalance>({ id: BALANCE_ID, object: "sandbox.balance", available });
  }

  /** Sandbox only: an account link works once, as Stripe's do. */
  async expireLink(linkId: string) {
    const link = await find<OnboardingLink>(linkId, "account link");
    await save({ ...link, expires_at: 0 });
  }

  /**
   * Sandbox only: the person sends Stripe's onboarding form. Verified, the account can receive transfers
   * and pay out; restricted (Stripe wants more), it cannot. Either way Stripe tells with `account.updated`.
   */
  async completeOnboarding(accountId: string, outcome: "verified" | "restricted"): Promise<SandboxEvent[]> {
    const account = await find<Account>(accountId, "account");
    const verified = outcome === "verified";
    Object.assign(account, {
      details_submitted: true,
      charges_enabled: verified,
      payouts_enabled: verified,
      capabilities: { transfers: verified ? "active" : "inactive" },
      requirements: verified
        ? { currently_due: [], disabled_reason: null }
        : { currently_due: ["individual.verification.document"], disabled_reason: "requirements.past_due" },
    });
    await save(account);
    return [eventOf("account.updated", account, this.options.now(), account.id)];
  }
}
