import { ChevronRight, History } from "lucide-react";
import { modelName } from "@/config/pricing";
import { formatCredits } from "@/components/format";
import { EmptyState } from "@/components/workspace/empty-state";
import type { listCouncilRuns } from "@/lib/council/queries";
import { AnswerGrid, catalogOrder, CouncilAnswerCard, priceOf, type CouncilAnswerState } from "./answer-card";

type PastRun = Awaited<ReturnType<typeof listCouncilRuns>>[number];

const STATES: Record<string, CouncilAnswerState> = { SUCCEEDED: "answered", FAILED: "failed", PENDING: "streaming" };

/** Earlier council runs, newest first; each opens to show every answer and what it cost. */
export function PastRuns({ runs, timeZone }: { runs: PastRun[]; timeZone: string }) {
  const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <section aria-labelledby="past-runs-title" className="space-y-4">
      <h2 id="past-runs-title" className="text-lg font-semibold tracking-tight">
        Past runs
      </h2>
      {runs.length === 0 ? (
        <EmptyState icon={History} description="Your council runs are kept here, with every answer and its cost." />
      ) : (
        <ul
          data-testid="past-runs"
          className="divide-y divide-border rounded-2xl border border-border bg-surface shadow-sm"
        >
          {runs.map((run) => {
            const answers = [...run.answers].sort((a, b) => catalogOrder(a.model) - catalogOrder(b.model));
            const failed = answers.filter((answer) => answer.status === "FAILED").length;
            return (
              <li key={run.id}>
                <details className="group">
                  <summary className="flex cursor-pointer list-none items-start gap-3 px-4 py-3 transition-colors hover:bg-subtle sm:px-5 [&::-webkit-details-marker]:hidden">
                    <ChevronRight
                      aria-hidden
                      className="mt-0.5 size-4 shrink-0 text-muted-foreground transition-transform group-open:rotate-90"
                    />
                    <span className="min-w-0 flex-1">
                      <span className="block truncate text-sm font-medium">{run.prompt}</span>
                      <span className="block text-xs text-muted-foreground">
                        {when.format(run.createdAt)} · {answers.map((answer) => modelName(answer.model)).join(", ")}
                        {failed > 0 && ` · ${failed} refunded`}
                      </span>
                    </span>
                    <span className="shrink-0 text-sm font-medium tabular-nums">{formatCredits(run.charged)}</span>
                  </summary>
                  <div className="border-t border-border bg-background/50 p-4 sm:p-5">
                    <AnswerGrid count={answers.length}>
                      {answers.map((answer) => (
                        <CouncilAnswerCard
                          key={answer.model}
                          compact
                          idPrefix={`run-${run.id}`}
                          answer={{
                            model: answer.model,
                            state: STATES[answer.status] ?? "failed",
                            text: answer.content,
                            credits: answer.credits,
                            cutOff: answer.cutOff,
                            price: priceOf(answer.model),
                            error: answer.error,
                          }}
                        />
                      ))}
                    </AnswerGrid>
                  </div>
                </details>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
