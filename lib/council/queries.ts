import "server-only";
import { db } from "@/lib/db";

/** The person's latest council runs with every answer, newest first; `charged` is what the run cost. */
export async function listCouncilRuns({ userId, take = 20 }: { userId: string; take?: number }) {
  const runs = await db().councilRun.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take,
    include: {
      answers: { select: { model: true, status: true, credits: true, content: true, cutOff: true, error: true } },
    },
  });
  return runs.map((run) => ({ ...run, charged: run.answers.reduce((sum, answer) => sum + answer.credits, 0) }));
}
