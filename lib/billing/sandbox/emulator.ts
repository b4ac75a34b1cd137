import { createHash } from "node:crypto";
import { addMonths } from "date-fns";
import {
  eventOf,
  find,
  list,
  load,
  newId,
  save,
  seconds,
  StripeError,
  type SandboxEvent,
  type StripeList,
  type StripeObject,
} from "./store";
import { ConnectEmulator } from "./connect";

export { StripeError, type SandboxEvent } from "./store";

/**
 * A small Stripe API emulator: the objects and endpoints Tally uses, with Stripe's shapes, stored in
 * the database (SandboxObject) so every app instance sees the same state. It backs test mode (no
 * Stripe keys) and the integration tests, which drive the real Stripe SDK against it over HTTP.
 */

export interface SandboxPrice {
  id: string;
  unitAmount: number;
  recurring: boolean;
  metadata: Record<string, string>;
}

/**
 * Stripe's test payment methods, as the sandbox honours them when it charges a saved card:
 * Visa 4242 and Mastercard 4444 always pay; 0341 attaches but every later charge is declined; 3184 asks the person to
 * confirm each payment (3-D Secure), so an off-session charge waits for them.
 */
export const TEST_CARDS = {
  pm_card_visa: { label: "Visa •••• 4242", outcome: "pays" },
  pm_card_mastercard: { label: "Mastercard •••• 4444", outcome: "pays" },
  pm_card_chargeCustomerFail: { label: "Visa •••• 0341", outcome: "declined" },
  pm_card_authenticationRequired: { label: "Visa •••• 3184", outcome: "requires_action" },
} as const;
export type TestCard = keyof typeof TEST_CARDS;
export const isTestCard = (value: unknown): value is TestCard => typeof value === "string" && value in TEST_CARDS;

interface Price {
  id: string;
  object: "price";
  unit_amount: number;
  currency: "usd";
  recurring: { interval: "month" } | null;
  metadata: Record<string, string>;
}
interface SubscriptionItem {
  id: string;
  object: "subscription_item";
  price: Price;
  current_period_start: number;
  current_period_end: number;
}
interface Subscription extends StripeObject {
  customer: string;
  status: string;
  cancel_at_period_end: boolean;
  items: { object: "list"; data: SubscriptionItem[] };
  pending_update: { expires_at: number; subscription_items: SubscriptionItem[] } | null;
  latest_invoice: string | null;
  metadata: unknown;
}
interface InvoiceLine {
  id: string;
  object: "line_item";
  amount: number;
  description: string;
  period: { start: number; end: number };
  pricing: { type: "price_details"; price_details: { price: string; product: string }; unit_amount_decimal: string };
  parent: {
    type: "subscription_item_details";
    subscription_item_details: { subscription: string; subscription_item: string; proration: boolean };
  };
}
interface Invoice extends StripeObject {
  customer: string;
  status: "open" | "paid" | "void" | "uncollectible";
  billing_reason: string;
  amount_due: number;
  amount_paid: number;
  amount_remaining: number;
  attempt_count: number;
  next_payment_attempt: number | null;
  created: number;
  parent: { type: "subscription_details"; subscription_details: { subscription: string } };
  lines: { object: "list"; data: InvoiceLine[] };
  payments: {
    object: "list";
    data: {
      id: string;
      object: "invoice_payment";
      invoice: string;
      is_default: boolean;
      status: string;
      amount_paid: number;
      payment: { type: "payment_intent"; payment_intent: string };
    }[];
  };
  status_transitions: { finalized_at: number; paid_at: number | null };
}
interface Charge extends StripeObject {
  amount: number;
  amount_refunded: number;
  refunded: boolean;
  disputed: boolean;
  customer: string | null;
  payment_intent: string;
  created: number;
}
interface Dispute extends StripeObject {
  amount: number;
  charge: string;
  payment_intent: string;
  status: string;
  created: number;
}
interface Customer extends StripeObject {
  invoice_settings: { default_payment_method: string | null };
}
type CheckoutSession = StripeObject & Record<string, unknown>;

/** Dispute statuses while the dispute is still open (Stripe's `charge.dispute.*`). */
export const OPEN_DISPUTE_STATUSES = [
  "warning_needs_response",
  "warning_under_review",
  "needs_response",
  "under_review",
];

export class StripeEmulator {
  constructor(
    private readonly options: {
      prices: SandboxPrice[];
      checkoutUrl: (sessionId: string) => string;
      invoiceUrl: (invoiceId: string) => string;
      portalUrl: (customerId: string, returnUrl: string) => string;
      onboardingUrl?: (linkId: string) => string;
      now?: () => Date;
    },
  ) {
    this.connect = new ConnectEmulator({
      onboardingUrl: options.onboardingUrl ?? ((linkId) => `https://connect.sandbox/setup/${linkId}`),
      now: () => this.now(),
    });
  }

  /** Connect: Express accounts, onboarding, transfers (./connect.ts). */
  readonly connect: ConnectEmulator;

  private now() {
    return this.options.now?.() ?? new Date();
  }

  private price(id: string): Price {
    const price = this.options.prices.find((candidate) => candidate.id === id);
    if (!price) throw new StripeError(400, `No such price: '${id}'`);
    return {
      id: price.id,
      object: "price",
      unit_amount: price.unitAmount,
      currency: "usd",
      recurring: price.recurring ? { interval: "month" } : null,
      metadata: price.metadata,
    };
  }

  /**
   * Answers one Stripe API request (form parameters already parsed), with the events Stripe would send
   * because of it (an upgrade's invoice paid or declined, a refund made through the API).
   */
  async handle(
    method: string,
    path: string,
    params: Record<string, unknown>,
  ): Promise<{ body: StripeObject | StripeList; events: SandboxEvent[] }> {
    const events: SandboxEvent[] = [];
    const body =
      (await this.connect.route(method, path, params, events)) ?? (await this.route(method, path, params, events));
    return { body: await this.present(body, params.expand), events };
  }

  private async route(
    method: string,
    path: string,
    params: Record<string, unknown>,
    events: SandboxEvent[],
  ): Promise<StripeObject | StripeList> {
    // "POST /v1/invoices/in_123/pay" → route "POST invoices/:id/pay", id "in_123"
    const match = /^\/v1\/(.+?)(?:\/((?:cus|cs_test|sub|in|pi|ch|re|dp)_[A-Za-z0-9]+))?(\/expire|\/pay)?$/.exec(path);
    const route = `${method} ${match?.[1] ?? path}${match?.[2] ? "/:id" : ""}${match?.[3] ?? ""}`;
    const id = match?.[2] ?? "";
    const listOf = async (type: string, filter: (object: StripeObject) => boolean) => {
      const data = await list<StripeObject>(type, filter);
      return {
        object: "list" as const,
        data: data.slice(0, Number(params.limit ?? 10)),
        has_more: false as const,
        url: `/v1/${match?.[1]}`,
      };
    };
    switch (route) {
      case "POST customers":
        return save({
          id: newId("cus"),
          object: "customer",
          email: params.email ?? null,
          name: params.name ?? null,
          metadata: params.metadata ?? {},
          invoice_settings: { default_payment_method: null },
          created: seconds(this.now()),
        });
      case "GET customers/:id":
        return find(id, "customer");
      case "POST customers/:id":
        return this.updateCustomer(id, params);
      case "POST checkout/sessions":
        return this.createCheckoutSession(params);
      case "GET checkout/sessions/:id":
        return find(id, "checkout.session");
      case "POST checkout/sessions/:id/expire":
        return (await this.expireCheckout(id)).session;
      case "GET subscriptions/:id":
        return find(id, "subscription");
      case "POST subscriptions/:id":
        return this.updateSubscription(id, params, events);
      case "DELETE subscriptions/:id":
        return (await this.cancelSubscriptionNow(id)).subscription;
      case "POST billing_portal/sessions":
        return {
          id: newId("bps"),
          object: "billing_portal.session",
          customer: params.customer,
          url: this.options.portalUrl(String(params.customer), String(params.return_url ?? "/")),
        };
      case "GET invoices/:id":
        return find(id, "invoice");
      case "POST invoices/:id/pay":
        return this.payInvoice(id, events);
      case "GET invoices":
        return listOf(
          "invoice",
          (invoice) => invoice.customer === params.customer && (!params.status || invoice.status === params.status),
        );
      case "GET payment_intents/:id":
        return find(id, "payment_intent");
      case "GET charges/:id":
        return find(id, "charge");
      case "POST refunds":
        return this.refund(
          String(params.payment_intent ?? ""),
          params.amount === undefined ? undefined : Number(params.amount),
          events,
        );
      case "GET refunds":
        return listOf(
          "refund",
          (refund) => refund.payment_intent === params.payment_intent || refund.charge === params.charge,
        );
      case "GET disputes/:id":
        return find(id, "dispute");
      case "GET disputes":
        return listOf(
          "dispute",
          (dispute) => dispute.payment_intent === params.payment_intent || dispute.charge === params.charge,
        );
      default:
        throw new StripeError(404, `Unrecognized request URL (${method}: ${path}).`);
    }
  }

  /**
   * Like Stripe, an invoice's `payments` come only when asked for with `expand[]=payments`, and a
   * PaymentIntent's `latest_charge` is an id unless asked for with `expand[]=latest_charge`.
   */
  private async present(body: StripeObject | StripeList, expand: unknown) {
    const expanded = Array.isArray(expand) ? expand.map(String) : [];
    const shape = async (object: StripeObject) => {
      if (object.object === "invoice" && !expanded.includes("payments")) return { ...object, payments: undefined };
      if (object.object === "payment_intent" && expanded.includes("latest_charge") && object.latest_charge)
        return { ...object, latest_charge: await find(String(object.latest_charge), "charge") };
      return object;
    };
    return body.object === "list"
      ? { ...(body as StripeList), data: await Promise.all((body as StripeList).data.map(shape)) }
      : shape(body as StripeObject);
  }

  private async updateCustomer(id: string, params: Record<string, unknown>) {
    const customer = await find<Customer>(id, "customer");
    const card = (params.invoice_settings as { default_payment_method?: unknown } | undefined)?.default_payment_method;
    if (card !== undefined) {
      if (!isTestCard(card)) throw new StripeError(400, `No such PaymentMethod: '${String(card)}'`);
      customer.invoice_settings = { default_payment_method: card };
    }
    if (params.metadata) customer.metadata = params.metadata;
    // Stripe unsets a field sent as an empty string (an account deleted at Tally keeps no email or name here).
    for (const field of ["email", "name"] as const) {
      if (params[field] !== undefined)
        (customer as Customer & Record<string, unknown>)[field] = params[field] === "" ? null : String(params[field]);
    }
    return save(customer);
  }

  private async createCheckoutSession(params: Record<string, unknown>) {
    const lineItems = (params.line_items as { price?: string; quantity?: string }[] | undefined) ?? [];
    const priceId = lineItems[0]?.price;
    if (!priceId) throw new StripeError(400, "line_items[0][price] is required");
    const price = this.price(priceId);
    const mode = String(params.mode);
    if ((mode === "subscription") !== Boolean(price.recurring))
      throw new StripeError(400, `price ${priceId} does not fit mode ${mode}`);
    const id = newId("cs_test");
    return save({
      id,
      object: "checkout.session",
      mode,
      customer: params.customer ?? null,
      client_reference_id: params.client_reference_id ?? null,
      metadata: params.metadata ?? {},
      subscription_metadata: (params.subscription_data as { metadata?: unknown } | undefined)?.metadata ?? {},
      price: priceId,
      amount_total: price.unit_amount,
      currency: "usd",
      status: "open",
      payment_status: "unpaid",
      subscription: null,
      payment_intent: null,
      success_url: params.success_url ?? null,
      cancel_url: params.cancel_url ?? null,
      url: this.options.checkoutUrl(id),
      created: seconds(this.now()),
    });
  }

  /**
   * Changes a subscription. A price change with `payment_behavior=pending_if_incomplete` and
   * `proration_behavior=always_invoice` (an upgrade) bills the prorated difference at once and
   * switches the price only when that invoice is paid; until then the change waits in `pending_update`.
   */
  private async updateSubscription(id: string, params: Record<string, unknown>, events: SandboxEvent[]) {
    const subscription = await find<Subscription>(id, "subscription");
    if (subscription.status === "canceled") throw new StripeError(400, "This subscription has been canceled");
    const pending = params.payment_behavior === "pending_if_incomplete";
    if (pending && (params.cancel_at_period_end !== undefined || params.metadata !== undefined)) {
      throw new StripeError(
        400,
        "When payment_behavior is pending_if_incomplete, only pending-update parameters are allowed.",
      );
    }
    if (params.cancel_at_period_end !== undefined)
      subscription.cancel_at_period_end =
        params.cancel_at_period_end === "true" || params.cancel_at_period_end === true;
    if (params.metadata) subscription.metadata = params.metadata;
    const items = params.items as { price?: string }[] | undefined;
    const item = subscription.items.data[0]!;
    if (!items?.[0]?.price || items[0].price === item.price.id) return save(subscription);
    const next = { ...item, price: this.price(items[0].price) };
    if (params.proration_behavior !== "always_invoice") {
      subscription.items.data[0] = next;
      return save(subscription);
    }
    const now = seconds(this.now());
    const left = Math.max(0, item.current_period_end - now) / (item.current_period_end - item.current_period_start);
    const period = { start: now, end: item.current_period_end };
    const invoice = await this.createInvoice(subscription, "subscription_update", [
      this.line(
        subscription,
        item,
        -Math.round(item.price.unit_amount * left),
        period,
        true,
        `Unused time on ${item.price.metadata.plan ?? item.price.id}`,
      ),
      this.line(
        subscription,
        next,
        Math.round(next.price.unit_amount * left),
        period,
        true,
        `Remaining time on ${next.price.metadata.plan ?? next.price.id}`,
      ),
    ]);
    subscription.latest_invoice = invoice.id;
    if (pending) subscription.pending_update = { expires_at: now + 23 * 3600, subscription_items: [next] };
    else subscription.items.data[0] = next;
    await save(subscription);
    await this.attemptPayment(invoice, events, { offSession: true });
    events.push(this.event("customer.subscription.updated", await find<Subscription>(id, "subscription")));
    return find<Subscription>(id, "subscription");
  }

  /** Sandbox only: the person pays (or the payment fails). Returns the events Stripe would send. */
  async completeCheckout(
    sessionId: string,
    outcome: "paid" | "async_pending" | "async_succeeded" | "async_failed",
    card: TestCard = "pm_card_visa",
  ): Promise<SandboxEvent[]> {
    const session = await find<CheckoutSession>(sessionId, "checkout.session");
    const events: SandboxEvent[] = [];
    if (outcome === "async_succeeded" || outcome === "async_failed") {
      if (session.status !== "complete" || session.payment_status !== "unpaid" || session.async_payment_failed) {
        throw new StripeError(400, "No pending payment on this session");
      }
      session.payment_status = outcome === "async_succeeded" ? "paid" : "unpaid";
      session.async_payment_failed = outcome === "async_failed";
      if (outcome === "async_succeeded") await this.charge(String(session.payment_intent));
      await save(session);
      events.push(
        this.event(
          outcome === "async_succeeded"
            ? "checkout.session.async_payment_succeeded"
            : "checkout.session.async_payment_failed",
          session,
        ),
      );
      return events;
    }
    if (session.status !== "open") throw new StripeError(400, "This Checkout Session is no longer open");
    session.status = "complete";
    if (session.mode === "payment") {
      const intent = await this.paymentIntent(Number(session.amount_total), session.customer as string | null, card);
      session.payment_intent = intent.id;
      session.payment_status = outcome === "paid" ? "paid" : "unpaid";
      if (outcome === "paid") await this.charge(intent.id);
      await save(session);
      events.push(this.event("checkout.session.completed", session));
      return events;
    }
    // The card entered in Checkout becomes the customer's default for the renewals.
    const customer = await load<Customer>(String(session.customer));
    if (customer && !customer.invoice_settings?.default_payment_method)
      await save({ ...customer, invoice_settings: { default_payment_method: card } });
    const start = this.now();
    const subscription: Subscription = await save({
      id: newId("sub"),
      object: "subscription",
      customer: String(session.customer),
      status: "active",
      cancel_at_period_end: false,
      metadata: session.subscription_metadata,
      pending_update: null,
      latest_invoice: null,
      items: {
        object: "list",
        data: [
          {
            id: newId("si"),
            object: "subscription_item",
            price: this.price(String(session.price)),
            current_period_start: seconds(start),
            current_period_end: seconds(addMonths(start, 1)),
          },
        ],
      },
      created: seconds(start),
    });
    session.subscription = subscription.id;
    session.payment_status = "paid";
    await save(session);
    events.push(
      this.event("customer.subscription.created", subscription),
      this.event("checkout.session.completed", session),
    );
    await this.billPeriod(subscription, "subscription_create", events);
    return events;
  }

  /** An open session expires (the API call, or 24 hours without payment): returns it and the event Stripe sends. */
  async expireCheckout(sessionId: string) {
    const session = await find<StripeObject>(sessionId, "checkout.session");
    if (session.status !== "open")
      throw new StripeError(400, "Only Checkout Sessions with a status in [open] can be expired.");
    session.status = "expired";
    await save(session);
    return { session, event: this.event("checkout.session.expired", session) };
  }

  /**
   * Sandbox only: time passes to the end of the period. A cancelled subscription ends; otherwise, as
   * at Stripe, the subscription moves to the new period first and then its invoice is charged to the
   * saved card — which may decline (the subscription is then `past_due` in the new period).
   */
  async renewSubscription(subscriptionId: string): Promise<SandboxEvent[]> {
    const subscription = await find<Subscription>(subscriptionId, "subscription");
    if (subscription.status === "canceled") throw new StripeError(400, "This subscription has been canceled");
    if (subscription.cancel_at_period_end) return [(await this.cancelSubscriptionNow(subscriptionId)).event];
    const item = subscription.items.data[0]!;
    const start = new Date(item.current_period_end * 1000);
    item.current_period_start = seconds(start);
    item.current_period_end = seconds(addMonths(start, 1));
    await save(subscription);
    const events = [this.event("customer.subscription.updated", subscription)];
    await this.billPeriod(subscription, "subscription_cycle", events);
    return events;
  }

  /**
   * Sandbox only: Stripe's Smart Retries try an open invoice again with the saved card. A retry does not
   * fail like an API call: a decline is told only by its events (`invoice.payment_failed`).
   */
  async retryInvoice(invoiceId: string): Promise<SandboxEvent[]> {
    const invoice = await find<Invoice>(invoiceId, "invoice");
    if (invoice.status !== "open") throw new StripeError(400, "Invoice is already paid");
    const events: SandboxEvent[] = [];
    await this.attemptPayment(invoice, events, { offSession: true });
    return events;
  }

  /** Sandbox only: the person confirms a payment that asked for 3-D Secure, on the hosted invoice page. */
  async confirmInvoicePayment(invoiceId: string): Promise<SandboxEvent[]> {
    const invoice = await find<Invoice>(invoiceId, "invoice");
    if (invoice.status !== "open") throw new StripeError(400, "Invoice is already paid");
    const events: SandboxEvent[] = [];
    await this.attemptPayment(invoice, events, { offSession: false });
    return events;
  }

  /**
   * Sandbox only: the retries are exhausted and Stripe gives up (the account's setting "cancel the
   * subscription"): open invoices are marked uncollectible and the subscription is canceled.
   */
  async giveUpOnSubscription(subscriptionId: string): Promise<SandboxEvent[]> {
    const subscription = await find<Subscription>(subscriptionId, "subscription");
    if (subscription.status !== "past_due")
      throw new StripeError(400, "Only a past-due subscription can run out of retries");
    const events: SandboxEvent[] = [];
    for (const invoice of await list<Invoice>(
      "invoice",
      (candidate) =>
        candidate.status === "open" && candidate.parent.subscription_details.subscription === subscriptionId,
    )) {
      invoice.status = "uncollectible";
      invoice.next_payment_attempt = null;
      events.push(this.event("invoice.marked_uncollectible", await save(invoice)));
    }
    events.push((await this.cancelSubscriptionNow(subscriptionId)).event);
    return events;
  }

  private async payInvoice(invoiceId: string, events: SandboxEvent[]) {
    const invoice = await find<Invoice>(invoiceId, "invoice");
    if (invoice.status !== "open") throw new StripeError(400, "Invoice is already paid");
    const outcome = await this.attemptPayment(invoice, events, { offSession: true });
    if (outcome !== "pays")
      throw new StripeError(
        402,
        outcome === "declined" ? "Your card was declined." : "This payment requires authentication.",
        "card_error",
      );
    return find<Invoice>(invoiceId, "invoice");
  }

  private async cancelSubscriptionNow(id: string) {
    const subscription = await find<Subscription>(id, "subscription");
    subscription.status = "canceled";
    subscription.pending_update = null;
    subscription.ended_at = seconds(this.now());
    await save(subscription);
    return { subscription, event: this.event("customer.subscription.deleted", subscription) };
  }

  private line(
    subscription: Subscription,
    item: SubscriptionItem,
    amount: number,
    period: { start: number; end: number },
    proration: boolean,
    description: string,
  ): InvoiceLine {
    return {
      id: newId("il"),
      object: "line_item",
      amount,
      description,
      period,
      pricing: {
        type: "price_details",
        price_details: { price: item.price.id, product: `prod_${item.price.id}` },
        unit_amount_decimal: String(item.price.unit_amount),
      },
      parent: {
        type: "subscription_item_details",
        subscription_item_details: { subscription: subscription.id, subscription_item: item.id, proration },
      },
    };
  }

  private async createInvoice(subscription: Subscription, reason: string, lines: InvoiceLine[]): Promise<Invoice> {
    const id = newId("in");
    const created = seconds(this.now());
    const amount = Math.max(
      0,
      lines.reduce((sum, line) => sum + line.amount, 0),
    );
    return save({
      id,
      object: "invoice",
      customer: subscription.customer,
      status: "open",
      billing_reason: reason,
      amount_due: amount,
      amount_paid: 0,
      amount_remaining: amount,
      attempt_count: 0,
      next_payment_attempt: created,
      currency: "usd",
      hosted_invoice_url: this.options.invoiceUrl(id),
      created,
      status_transitions: { finalized_at: created, paid_at: null },
      parent: { type: "subscription_details", subscription_details: { subscription: subscription.id } },
      lines: { object: "list", data: lines },
      payments: { object: "list", data: [] },
    });
  }

  private async billPeriod(subscription: Subscription, reason: string, events: SandboxEvent[]) {
    const item = subscription.items.data[0]!;
    const period = { start: item.current_period_start, end: item.current_period_end };
    const invoice = await this.createInvoice(subscription, reason, [
      this.line(
        subscription,
        item,
        item.price.unit_amount,
        period,
        false,
        `1 × ${item.price.metadata.plan ?? item.price.id}`,
      ),
    ]);
    await save({ ...(await find<Subscription>(subscription.id, "subscription")), latest_invoice: invoice.id });
    events.push(this.event("invoice.created", invoice), this.event("invoice.finalized", invoice));
    await this.attemptPayment(invoice, events, { offSession: reason !== "subscription_create" });
  }

  /**
   * Charges an open invoice to the customer's saved card. Paid: the invoice is paid through a
   * PaymentIntent, a past-due subscription is active again and a pending update applies. Declined or
   * waiting for 3-D Secure: the invoice stays open, and a renewal leaves the subscription past due.
   */
  private async attemptPayment(invoice: Invoice, events: SandboxEvent[], { offSession }: { offSession: boolean }) {
    const customer = await find<Customer>(invoice.customer, "customer");
    const card: TestCard =
      customer.invoice_settings?.default_payment_method && isTestCard(customer.invoice_settings.default_payment_method)
        ? customer.invoice_settings.default_payment_method
        : "pm_card_visa";
    const outcome = TEST_CARDS[card].outcome === "requires_action" && !offSession ? "pays" : TEST_CARDS[card].outcome;
    const subscription = await find<Subscription>(invoice.parent.subscription_details.subscription, "subscription");
    const now = seconds(this.now());
    invoice.attempt_count += 1;
    // One PaymentIntent per invoice, tried again on every attempt (as Stripe's invoices do).
    const intentId =
      invoice.payments.data[0]?.payment.payment_intent ??
      (await this.paymentIntent(invoice.amount_due, invoice.customer, card)).id;
    const intent = await find<StripeObject>(intentId, "payment_intent");
    if (invoice.payments.data.length === 0) {
      invoice.payments.data.push({
        id: newId("inpay"),
        object: "invoice_payment",
        invoice: invoice.id,
        is_default: true,
        status: "open",
        amount_paid: 0,
        payment: { type: "payment_intent", payment_intent: intentId },
      });
    }
    const payment = invoice.payments.data[0]!;
    if (outcome === "pays") {
      await save({ ...intent, payment_method: card, last_payment_error: null });
      await this.charge(intentId);
      Object.assign(invoice, {
        status: "paid",
        amount_paid: invoice.amount_due,
        amount_remaining: 0,
        next_payment_attempt: null,
      });
      invoice.status_transitions.paid_at = now;
      Object.assign(payment, { status: "paid", amount_paid: invoice.amount_due });
      await save(invoice);
      events.push(this.event("invoice.paid", invoice), this.event("invoice.payment_succeeded", invoice));
      const wasPastDue = subscription.status === "past_due";
      if (subscription.pending_update && subscription.latest_invoice === invoice.id) {
        subscription.items.data = subscription.pending_update.subscription_items;
        subscription.pending_update = null;
      }
      if (wasPastDue && !(await this.hasOpenCycleInvoice(subscription.id))) subscription.status = "active";
      await save(subscription);
      return outcome;
    }
    await save({
      ...intent,
      payment_method: card,
      status: outcome === "declined" ? "requires_payment_method" : "requires_action",
      last_payment_error:
        outcome === "declined"
          ? {
              type: "card_error",
              code: "card_declined",
              decline_code: "generic_decline",
              message: "Your card was declined.",
            }
          : null,
    });
    invoice.next_payment_attempt = invoice.billing_reason === "subscription_update" ? null : now + 3 * 24 * 3600;
    await save(invoice);
    events.push(
      this.event(outcome === "declined" ? "invoice.payment_failed" : "invoice.payment_action_required", invoice),
    );
    // A declined upgrade leaves the subscription as it was (its change waits in pending_update).
    if (invoice.billing_reason !== "subscription_update" && subscription.status !== "past_due") {
      subscription.status = "past_due";
      await save(subscription);
      events.push(this.event("customer.subscription.updated", subscription));
    }
    return outcome;
  }

  private async hasOpenCycleInvoice(subscriptionId: string) {
    const open = await list<Invoice>(
      "invoice",
      (invoice) =>
        invoice.status === "open" &&
        invoice.billing_reason !== "subscription_update" &&
        invoice.parent.subscription_details.subscription === subscriptionId,
    );
    return open.length > 0;
  }

  private paymentIntent(amount: number, customer: string | null, card: TestCard) {
    return save({
      id: newId("pi"),
      object: "payment_intent",
      amount,
      currency: "usd",
      customer,
      payment_method: card,
      status: "processing",
      latest_charge: null,
      created: seconds(this.now()),
    });
  }

  private async charge(paymentIntentId: string) {
    const intent = await find<StripeObject & { amount: number; customer: string | null; payment_method: string }>(
      paymentIntentId,
      "payment_intent",
    );
    const card = isTestCard(intent.payment_method) ? intent.payment_method : "pm_card_visa";
    const [brand = "", last4 = ""] = TEST_CARDS[card].label.split(" •••• ");
    const charge = await save({
      id: newId("ch"),
      object: "charge",
      amount: intent.amount,
      amount_refunded: 0,
      refunded: false,
      disputed: false,
      currency: "usd",
      customer: intent.customer,
      payment_intent: intent.id,
      status: "succeeded",
      paid: true,
      payment_method: card,
      // Like Stripe's, the fingerprint is the card number's: every payment with one test card shares it.
      payment_method_details: {
        type: "card",
        card: {
          brand: brand.toLowerCase(),
          last4,
          fingerprint: createHash("sha256").update(card).digest("hex").slice(0, 16),
        },
      },
      created: seconds(this.now()),
    });
    await save({ ...intent, status: "succeeded", latest_charge: charge.id });
    return charge;
  }

  private async chargeOf(paymentIntentId: string) {
    const intent = await find<StripeObject & { latest_charge: string | null }>(paymentIntentId, "payment_intent");
    if (!intent.latest_charge)
      throw new StripeError(400, `PaymentIntent ${paymentIntentId} has no successful charge to refund or dispute`);
    return find<Charge>(intent.latest_charge, "charge");
  }

  /** A refund (full without an amount): `charge.refunded` with the cumulative `amount_refunded`, and `refund.created`. */
  async refund(paymentIntentId: string, amount: number | undefined, events: SandboxEvent[] = []) {
    const charge = await this.chargeOf(paymentIntentId);
    const disputes = await list<Dispute>(
      "dispute",
      (dispute) => dispute.charge === charge.id && dispute.status !== "won",
    );
    if (disputes.length > 0)
      throw new StripeError(400, `Charge ${charge.id} has been charged back; cannot issue a refund`);
    const refundable = charge.amount - charge.amount_refunded;
    const value = amount ?? refundable;
    if (!Number.isInteger(value) || value <= 0 || value > refundable) {
      throw new StripeError(
        400,
        refundable === 0
          ? `Charge ${charge.id} has already been refunded.`
          : `Refund amount ($${(value / 100).toFixed(2)}) is greater than unrefunded amount on charge ($${(refundable / 100).toFixed(2)})`,
      );
    }
    const refund = await save({
      id: newId("re"),
      object: "refund",
      amount: value,
      charge: charge.id,
      payment_intent: paymentIntentId,
      status: "succeeded",
      currency: "usd",
      reason: "requested_by_customer",
      created: seconds(this.now()),
    });
    charge.amount_refunded += value;
    charge.refunded = charge.amount_refunded === charge.amount;
    await save(charge);
    events.push(this.event("charge.refunded", charge), this.event("refund.created", refund));
    return refund;
  }

  /** Sandbox only: the cardholder disputes the payment (`charge.dispute.created`, funds withdrawn). */
  async openDispute(paymentIntentId: string): Promise<SandboxEvent[]> {
    const charge = await this.chargeOf(paymentIntentId);
    const open = await list<Dispute>("dispute", (dispute) => dispute.charge === charge.id);
    if (open.length > 0) throw new StripeError(400, `Charge ${charge.id} is already disputed`);
    const amount = charge.amount - charge.amount_refunded;
    if (amount <= 0) throw new StripeError(400, `Charge ${charge.id} has been refunded in full`);
    const dispute = await save({
      id: newId("dp"),
      object: "dispute",
      amount,
      charge: charge.id,
      payment_intent: paymentIntentId,
      status: "needs_response",
      reason: "fraudulent",
      currency: "usd",
      created: seconds(this.now()),
    });
    await save({ ...charge, disputed: true });
    return [this.event("charge.dispute.created", dispute)];
  }

  /** Sandbox only: the bank decides a dispute: `charge.dispute.closed` (and the funds come back when won). */
  async closeDispute(disputeId: string, outcome: "won" | "lost"): Promise<SandboxEvent[]> {
    const dispute = await find<Dispute>(disputeId, "dispute");
    if (!OPEN_DISPUTE_STATUSES.includes(dispute.status))
      throw new StripeError(400, `Dispute ${disputeId} is already closed`);
    dispute.status = outcome;
    await save(dispute);
    const events = [this.event("charge.dispute.closed", dispute)];
    if (outcome === "won") events.push(this.event("charge.dispute.funds_reinstated", dispute));
    return events;
  }

  private event(type: string, object: StripeObject): SandboxEvent {
    return eventOf(type, object, this.now());
  }
}
