import { randomBytes } from "node:crypto";
import { addMonths } from "date-fns";
import { db } from "@/lib/db";

/**
 * A small Stripe API emulator: the objects and endpoints Tally uses, with Stripe's shapes, stored in
 * the database (SandboxObject) so every app instance sees the same state. It backs test mode (no
 * Stripe keys) and the integration tests, which drive the real Stripe SDK against it over HTTP.
 */

type StripeObject = { id: string; object: string; [key: string]: unknown };
export type SandboxEvent = { id: string; object: "event"; type: string; created: number; data: { object: StripeObject }; livemode: false; api_version: string };

export interface SandboxPrice {
  id: string;
  unitAmount: number;
  recurring: boolean;
  metadata: Record<string, string>;
}

const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`;
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

async function load<T extends StripeObject>(id: string): Promise<T | null> {
  const row = await db().sandboxObject.findUnique({ where: { id } });
  return row ? (JSON.parse(row.json) as T) : null;
}

async function save<T extends StripeObject>(object: T): Promise<T> {
  const json = JSON.stringify(object);
  await db().sandboxObject.upsert({ where: { id: object.id }, create: { id: object.id, type: object.object, json }, update: { json } });
  return object;
}

async function list<T extends StripeObject>(type: string, where: (object: T) => boolean) {
  const rows = await db().sandboxObject.findMany({ where: { type }, orderBy: { createdAt: "desc" } });
  return rows.map((row) => JSON.parse(row.json) as T).filter(where);
}

export class StripeError extends Error {
  constructor(readonly status: number, message: string, readonly type = "invalid_request_error") {
    super(message);
  }
}

export class StripeEmulator {
  constructor(
    private readonly options: { prices: SandboxPrice[]; checkoutUrl: (sessionId: string) => string; invoiceUrl: (invoiceId: string) => string; now?: () => Date },
  ) {}

  private now() {
    return this.options.now?.() ?? new Date();
  }

  private price(id: string) {
    const price = this.options.prices.find((candidate) => candidate.id === id);
    if (!price) throw new StripeError(400, `No such price: '${id}'`);
    return { id: price.id, object: "price", unit_amount: price.unitAmount, currency: "usd", recurring: price.recurring ? { interval: "month" } : null, metadata: price.metadata };
  }

  private async find<T extends StripeObject>(id: string, what: string) {
    const object = await load<T>(id);
    if (!object) throw new StripeError(404, `No such ${what}: '${id}'`, "invalid_request_error");
    return object;
  }

  /** Answers one Stripe API request (form parameters already parsed). */
  async handle(method: string, path: string, params: Record<string, unknown>): Promise<StripeObject | { object: "list"; data: StripeObject[]; has_more: false; url: string }> {
    // "GET /v1/checkout/sessions/cs_123" → route "GET checkout/sessions/:id", id "cs_123"
    const match = /^\/v1\/(.+?)(?:\/((?:cus|cs_test|sub|in)_[A-Za-z0-9]+))?(\/expire)?$/.exec(path);
    const route = `${method} ${match?.[1] ?? path}${match?.[2] ? "/:id" : ""}${match?.[3] ?? ""}`;
    const id = match?.[2] ?? "";
    switch (route) {
      case "POST customers":
        return save({ id: newId("cus"), object: "customer", email: params.email ?? null, name: params.name ?? null, metadata: params.metadata ?? {}, created: seconds(this.now()) });
      case "GET customers/:id":
        return this.find(id, "customer");
      case "POST checkout/sessions":
        return this.createCheckoutSession(params);
      case "GET checkout/sessions/:id":
        return this.find(id, "checkout.session");
      case "POST checkout/sessions/:id/expire":
        return (await this.expireCheckout(id)).session;
      case "GET subscriptions/:id":
        return this.find(id, "subscription");
      case "POST subscriptions/:id":
        return this.updateSubscription(id, params);
      case "DELETE subscriptions/:id":
        return (await this.cancelSubscriptionNow(id)).subscription;
      case "POST billing_portal/sessions":
        return { id: newId("bps"), object: "billing_portal.session", customer: params.customer, url: String(params.return_url ?? "/") };
      case "GET invoices/:id":
        return this.find(id, "invoice");
      case "GET invoices": {
        const data = await list<StripeObject>("invoice", (invoice) => invoice.customer === params.customer);
        return { object: "list", data: data.slice(0, Number(params.limit ?? 10)), has_more: false, url: "/v1/invoices" };
      }
      default:
        throw new StripeError(404, `Unrecognized request URL (${method}: ${path}).`);
    }
  }

  private async createCheckoutSession(params: Record<string, unknown>) {
    const lineItems = (params.line_items as { price?: string; quantity?: string }[] | undefined) ?? [];
    const priceId = lineItems[0]?.price;
    if (!priceId) throw new StripeError(400, "line_items[0][price] is required");
    const price = this.price(priceId);
    const mode = String(params.mode);
    if ((mode === "subscription") !== Boolean(price.recurring)) throw new StripeError(400, `price ${priceId} does not fit mode ${mode}`);
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

  private async updateSubscription(id: string, params: Record<string, unknown>) {
    const subscription = await this.find<StripeObject & { items: { data: Record<string, unknown>[] } }>(id, "subscription");
    if (subscription.status === "canceled") throw new StripeError(400, "This subscription has been canceled");
    if (params.cancel_at_period_end !== undefined) subscription.cancel_at_period_end = params.cancel_at_period_end === "true" || params.cancel_at_period_end === true;
    const items = params.items as { price?: string }[] | undefined;
    if (items?.[0]?.price) subscription.items.data[0]!.price = this.price(items[0].price);
    if (params.metadata) subscription.metadata = params.metadata;
    await save(subscription);
    return subscription;
  }

  /** Sandbox only: the person pays (or the payment fails). Returns the events Stripe would send. */
  async completeCheckout(sessionId: string, outcome: "paid" | "async_pending" | "async_succeeded" | "async_failed"): Promise<SandboxEvent[]> {
    const session = await this.find<StripeObject & Record<string, unknown>>(sessionId, "checkout.session");
    const events: SandboxEvent[] = [];
    if (outcome === "async_succeeded" || outcome === "async_failed") {
      if (session.status !== "complete" || session.payment_status !== "unpaid" || session.async_payment_failed) {
        throw new StripeError(400, "No pending payment on this session");
      }
      session.payment_status = outcome === "async_succeeded" ? "paid" : "unpaid";
      session.async_payment_failed = outcome === "async_failed";
      await save(session);
      events.push(this.event(outcome === "async_succeeded" ? "checkout.session.async_payment_succeeded" : "checkout.session.async_payment_failed", session));
      return events;
    }
    if (session.status !== "open") throw new StripeError(400, "This Checkout Session is no longer open");
    session.status = "complete";
    if (session.mode === "payment") {
      session.payment_intent = newId("pi");
      session.payment_status = outcome === "paid" ? "paid" : "unpaid";
      await save(session);
      events.push(this.event("checkout.session.completed", session));
      return events;
    }
    const start = this.now();
    const subscription = await save({
      id: newId("sub"),
      object: "subscription",
      customer: session.customer,
      status: "active",
      cancel_at_period_end: false,
      metadata: session.subscription_metadata,
      items: { object: "list", data: [{ id: newId("si"), object: "subscription_item", price: this.price(String(session.price)), current_period_start: seconds(start), current_period_end: seconds(addMonths(start, 1)) }] },
      created: seconds(start),
    });
    session.subscription = subscription.id;
    session.payment_status = "paid";
    await save(session);
    const invoice = await this.invoice(subscription, "subscription_create");
    events.push(this.event("customer.subscription.created", subscription), this.event("checkout.session.completed", session), this.event("invoice.paid", invoice));
    return events;
  }

  /** An open session expires (the API call, or 24 hours without payment): returns it and the event Stripe sends. */
  async expireCheckout(sessionId: string) {
    const session = await this.find<StripeObject>(sessionId, "checkout.session");
    if (session.status !== "open") throw new StripeError(400, "Only Checkout Sessions with a status in [open] can be expired.");
    session.status = "expired";
    await save(session);
    return { session, event: this.event("checkout.session.expired", session) };
  }

  /** Sandbox only: time passes to the end of the period — renew (invoice.paid) or end a cancelled subscription. */
  async renewSubscription(subscriptionId: string): Promise<SandboxEvent[]> {
    const subscription = await this.find<StripeObject & { items: { data: Record<string, number | unknown>[] }; cancel_at_period_end: boolean }>(subscriptionId, "subscription");
    if (subscription.cancel_at_period_end) return [(await this.cancelSubscriptionNow(subscriptionId)).event];
    const item = subscription.items.data[0]!;
    const start = new Date(Number(item.current_period_end) * 1000);
    item.current_period_start = seconds(start);
    item.current_period_end = seconds(addMonths(start, 1));
    await save(subscription);
    const invoice = await this.invoice(subscription, "subscription_cycle");
    return [this.event("customer.subscription.updated", subscription), this.event("invoice.paid", invoice)];
  }

  private async cancelSubscriptionNow(id: string) {
    const subscription = await this.find<StripeObject>(id, "subscription");
    subscription.status = "canceled";
    subscription.ended_at = seconds(this.now());
    await save(subscription);
    return { subscription, event: this.event("customer.subscription.deleted", subscription) };
  }

  private async invoice(subscription: StripeObject & { items?: unknown }, reason: string) {
    const item = (subscription.items as { data: { price: { unit_amount: number }; current_period_start: number; current_period_end: number }[] }).data[0]!;
    const id = newId("in");
    return save({
      id,
      object: "invoice",
      customer: subscription.customer,
      status: "paid",
      billing_reason: reason,
      amount_paid: item.price.unit_amount,
      currency: "usd",
      hosted_invoice_url: this.options.invoiceUrl(id),
      created: seconds(this.now()),
      parent: { type: "subscription_details", subscription_details: { subscription: subscription.id } },
      lines: { object: "list", data: [{ period: { start: item.current_period_start, end: item.current_period_end } }] },
    });
  }

  private event(type: string, object: StripeObject): SandboxEvent {
    return { id: newId("evt"), object: "event", type, created: seconds(this.now()), data: { object: structuredClone(object) }, livemode: false, api_version: "sandbox" };
  }
}
