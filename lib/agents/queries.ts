import "server-only";
import { db } from "@/lib/db";

export function listAgents({ userId }: { userId: string }) {
  return db().agent.findMany({ where: { userId }, orderBy: { updatedAt: "desc" } });
}

/** The agent, only if it belongs to the user (else null). */
export function getAgent({ userId, id }: { userId: string; id: string }) {
  return db().agent.findFirst({ where: { id, userId } });
}

export function parseStarterPrompts(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}
