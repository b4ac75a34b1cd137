import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";

// The sandbox's objects, stored in the database (SandboxObject) so every app instance sees the same state,
// and the shapes every part of the emulator shares.

export type StripeObject = { id: string; object: string; [key: string]: unknown };
export type StripeList = { object: "list"; data: StripeObject[]; has_more: false; url: string };
export type SandboxEvent = {
  id: string;
  object: "event";
  type: string;
  created: number;
  data: { object: StripeObject };
  /** Set on a connected account's events (Connect), which Stripe sends to Connect endpoints. */
  account?: string;
  livemode: false;
  api_version: string;
};

export class StripeError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type = "invalid_request_error",
    /** Stripe's error code, e.g. "balance_insufficient". */
    readonly code?: string,
  ) {
    super(message);
  }
}

export const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString("hex")}`;
export const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

export async function load<T extends StripeObject>(id: string): Promise<T | null> {
  const row = await db().sandboxObject.findUnique({ where: { id } });
  return row ? (JSON.parse(row.json) as T) : null;
}

export async function find<T extends StripeObject>(id: string, what: string) {
  const object = await load<T>(id);
  if (!object) throw new StripeError(404, `No such ${what}: '${id}'`, "invalid_request_error");
  return object;
}

export async function save<T extends StripeObject>(object: T): Promise<T> {
  const json = JSON.stringify(object);
  await db().sandboxObject.upsert({
    where: { id: object.id },
    create: { id: object.id, type: object.object, json },
    update: { json },
  });
  return object;
}

export async function remove(id: string) {
  await db().sandboxObject.deleteMany({ where: { id } });
}

export async function list<T extends StripeObject>(type: string, where: (object: T) => boolean) {
  const rows = await db().sandboxObject.findMany({ where: { type }, orderBy: { createdAt: "desc" } });
  return rows.map((row) => JSON.parse(row.json) as T).filter(where);
}

export function eventOf(type: string, object: StripeObject, now: Date, account?: string): SandboxEvent {
  return {
    id: newId("evt"),
    object: "event",
    type,
    created: seconds(now),
    data: { object: structuredClone(object) },
    ...(account ? { account } : {}),
    livemode: false,
    api_version: "sandbox",
  };
}
