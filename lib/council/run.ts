import "server-only";
import { randomUUID } from "node:crypto";
import type { ChatModelId } from "@/config/pricing";
import { generateText } from "@/lib/ai";
import { holdGroup, notCharged, quote, rolloverIfDue } from "@/lib/credits";
import { chargeHeldRequest } from "@/lib/requests/charge";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type CouncilEvent =
  | { type: "start"; runId: string; models: { model: string; credits: number }[]; total: number }
  | { type: "token"; model: string; text: string }
  | { type: "answered"; model: string; credits: number; cutOff: boolean }
  | { type: "failed"; model: string; message: string };

export interface CouncilSummary {
  runId: string;
  charged: number;
  answers: {
    model: string;
    status: "SUCCEEDED" | "FAILED" | "PENDING";
    credits: number;
    content: string;
    cutOff: boolean;
    error: string | null;
  }[];
}

/**
 * Council Mode: one prompt to 2–5 models at once. Every model's price is held up front (all or
 * nothing), the models answer in parallel, and each answer is charged, or refunded if that model
 * fails, on its own.
 */
export async function runCouncil({
  userId,
  requestId,
  prompt,
  models,
  signal,
  send = () => {},
}: {
  userId: string;
  requestId: string;
  prompt: string;
  models: ChatModelId[];
  signal?: AbortSignal;
  send?: (event: CouncilEvent) => void;
}): Promise<CouncilSummary> {
  await rolloverIfDue({ userId });
  const runId = randomUUID();
  const items = models.map((model) => ({
    model,
    requestId: `${requestId}:${model}`,
    quote: quote({ kind: "COUNCIL", model }),
  }));
  const { fresh, holds } = await holdGroup({ userId, groupId: runId, items });
  if (!fresh) return summarize(userId, holds[0]?.groupId ?? "");

  await db().councilRun.create({
    data: {
      id: runId,
      userId,
      prompt,
      answers: { create: items.map(({ model, requestId: id }) => ({ model, requestId: id })) },
    },
  });
  send({
    type: "start",
    runId,
    models: items.map(({ model, quote: q }) => ({ model, credits: q.credits })),
    total: items.reduce((s, i) => s + i.quote.credits, 0),
  });

  await Promise.all(
    items.map(async ({ model, requestId: id, quote: q }) => {
      try {
        const { cutOff } = await chargeHeldRequest({
          userId,
          requestId: id,
          call: () =>
            generateText({
              model,
              prompt,
              signal,
              context: { requestId: id, userId },
              onToken: (text) => send({ type: "token", model, text }),
            }),
          onSettled: async (tx, { text, cutOff }) => {
            await tx.councilAnswer.update({
              where: { runId_model: { runId, model } },
              data: { status: "SUCCEEDED", content: text, cutOff, credits: q.credits },
            });
          },
          onReleased: async (tx, reason) => {
            await tx.councilAnswer.update({
              where: { runId_model: { runId, model } },
              data: { status: "FAILED", error: notCharged(reason) },
            });
          },
        });
        send({ type: "answered", model, credits: q.credits, cutOff });
      } catch (error) {
        send({
          type: "failed",
          model,
          message: error instanceof AppError ? error.message : "This model failed. You were not charged.",
        });
      }
    }),
  );
  return summarize(userId, runId);
}

async function summarize(userId: string, runId: string): Promise<CouncilSummary> {
  const run = await db().councilRun.findFirst({
    where: { id: runId, userId },
    include: { answers: { orderBy: { model: "asc" } } },
  });
  if (!run) throw new AppError("REQUEST_IN_PROGRESS", "This council run is still starting.");
  return {
    runId,
    charged: run.answers.reduce((sum, answer) => sum + answer.credits, 0),
    answers: run.answers.map(({ model, status, credits, content, cutOff, error }) => ({
      model,
      status,
      credits,
      content,
      cutOff,
      error,
    })),
  };
}
