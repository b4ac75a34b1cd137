"use client";

import { Square, UsersRound } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { CHAT_MODEL_IDS, CHAT_MODELS, type ChatModelId } from "@/config/pricing";
import { formatCredits } from "@/components/format";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Label, Textarea } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { OFFLINE_ERROR, type ActionError } from "@/components/workspace/action-error";
import { ErrorNotice } from "@/components/workspace/error-notice";
import { refreshAfterStop, useNdjsonStream } from "@/components/workspace/ndjson";
import { PriceHint } from "@/components/workspace/price-hint";
import { useRequestId } from "@/components/workspace/request-id";
import type { CouncilEvent, CouncilSummary } from "@/lib/council/run";
import type { ErrorCode } from "@/lib/errors";
import { AnswerGrid, catalogOrder, CouncilAnswerCard, priceOf, type CouncilAnswerView } from "./answer-card";

type StreamEvent =
  | CouncilEvent
  | { type: "done"; summary: CouncilSummary }
  | { type: "error"; code: ErrorCode; message: string; details?: Record<string, unknown> };

interface Run {
  prompt: string;
  runId: string | null;
  answers: CouncilAnswerView[];
  /** Reserved up front for every model; what is not charged comes back. */
  reserved: number;
  finished: boolean;
  interrupted: boolean;
}

const MIN_MODELS = 2;
const MAX_MODELS = 5;
const DEFAULT_MODELS: ChatModelId[] = ["swift", "nimbus", "sage"];

function fromSummary(summary: CouncilSummary): CouncilAnswerView[] {
  return summary.answers
    .map(({ model, status, credits, content, cutOff, error }): CouncilAnswerView => ({
      model,
      credits,
      cutOff,
      price: priceOf(model),
      text: content,
      error,
      state: status === "SUCCEEDED" ? "answered" : status === "FAILED" ? "failed" : "streaming",
    }))
    .sort((a, b) => catalogOrder(a.model) - catalogOrder(b.model));
}

/** Ask several models at once: pick 2–5, see the total first, watch every answer stream side by side. */
export function CouncilForm() {
  const router = useRouter();
  const { pending, run, stop, busy } = useNdjsonStream<StreamEvent>();
  const requestIds = useRequestId();
  const [prompt, setPrompt] = useState("");
  const [models, setModels] = useState<ChatModelId[]>(DEFAULT_MODELS);
  const [current, setCurrent] = useState<Run | null>(null);
  const [error, setError] = useState<ActionError | null>(null);

  const price = models.reduce((sum, model) => sum + CHAT_MODELS[model].creditsPerMessage, 0);
  const tooFew = models.length < MIN_MODELS;

  function toggle(model: ChatModelId, checked: boolean) {
    // Kept in catalog order, so the answers always appear in the same order as the checkboxes.
    setModels((chosen) => CHAT_MODEL_IDS.filter((id) => (id === model ? checked : chosen.includes(id))));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy()) return;
    const text = prompt.trim();
    if (!text || tooFew) {
      setError({
        code: "INVALID_INPUT",
        message: text ? "Choose at least 2 models." : "Write a question for the council first.",
      });
      return;
    }
    const chosen = models;
    const requestId = requestIds.begin(`${chosen.join(",")}\n${text}`);
    const update = (change: (run: Run) => Partial<Run>) =>
      setCurrent((run) => (run ? { ...run, ...change(run) } : run));
    const updateAnswer = (model: string, change: (answer: CouncilAnswerView) => Partial<CouncilAnswerView>) =>
      update((run) => ({
        answers: run.answers.map((answer) => (answer.model === model ? { ...answer, ...change(answer) } : answer)),
      }));

    setError(null);
    setCurrent({
      prompt: text,
      runId: null,
      reserved: price,
      finished: false,
      interrupted: false,
      answers: chosen.map((model) => ({ model, state: "waiting", text: "", credits: 0, price: priceOf(model) })),
    });
    const outcome: { started: boolean; done: boolean; failure: ActionError | null } = {
      started: false,
      done: false,
      failure: null,
    };
    const end = await run("/api/council", { requestId, prompt: text, models: chosen }, (event) => {
      switch (event.type) {
        case "start":
          outcome.started = true;
          update((run) => ({
            runId: event.runId,
            reserved: event.total,
            answers: run.answers.map((answer) => ({
              ...answer,
              price: event.models.find((quoted) => quoted.model === answer.model)?.credits ?? answer.price,
            })),
          }));
          break;
        case "token":
          updateAnswer(event.model, (answer) => ({ text: answer.text + event.text, state: "streaming" }));
          break;
        case "answered":
          updateAnswer(event.model, () => ({ state: "answered", credits: event.credits, cutOff: event.cutOff }));
          break;
        case "failed":
          updateAnswer(event.model, () => ({ state: "failed", error: event.message }));
          break;
        case "done":
          outcome.done = true;
          update(() => ({ runId: event.summary.runId, answers: fromSummary(event.summary), finished: true }));
          break;
        case "error":
          outcome.failure = {
            code: event.code,
            message: event.message,
            ...(event.details ? { details: event.details } : {}),
          };
      }
    });
    if (end.status === "busy") return;

    const failure =
      outcome.done || end.status === "stopped"
        ? null
        : end.status === "failed"
          ? end.error
          : (outcome.failure ?? OFFLINE_ERROR);
    requestIds.finish(failure);
    if (end.status === "stopped") {
      // Models still answering are stopped and refunded; finished answers stay charged.
      update((run) => ({
        finished: true,
        answers: run.answers.map((answer) =>
          answer.state === "waiting" || answer.state === "streaming" ? { ...answer, state: "stopped" } : answer,
        ),
      }));
      refreshAfterStop(router);
      return;
    }
    if (!failure) {
      setPrompt("");
      router.refresh();
      return;
    }
    if (outcome.started) {
      // The run goes on without us; its answers are saved and appear under past runs.
      update(() => ({ finished: true, interrupted: true }));
      setError(failure);
      router.refresh();
      return;
    }
    setCurrent(null);
    setError(failure);
  }

  return (
    <div className="flex flex-col gap-8">
      <Card className="p-4 sm:p-5">
        <form onSubmit={handleSubmit} className="space-y-5">
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="council-prompt">Question</Label>
            <Textarea
              id="council-prompt"
              rows={3}
              maxLength={8_000}
              placeholder="What should a small team know before moving to a monorepo?"
              value={prompt}
              onChange={(event) => setPrompt(event.target.value)}
            />
          </div>
          <fieldset>
            <legend className="text-sm font-medium">
              Models{" "}
              <span className="font-normal text-muted-foreground">
                (choose {MIN_MODELS} to {MAX_MODELS})
              </span>
            </legend>
            <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
              {CHAT_MODEL_IDS.map((id) => {
                const checked = models.includes(id);
                return (
                  <label
                    key={id}
                    className={cn(
                      "flex cursor-pointer items-start gap-3 rounded-xl border p-3 text-sm transition-colors has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-ring",
                      checked ? "border-accent bg-accent-subtle" : "border-border bg-surface hover:bg-subtle",
                    )}
                  >
                    <input
                      type="checkbox"
                      checked={checked}
                      onChange={(event) => toggle(id, event.target.checked)}
                      className="mt-0.5 size-4 shrink-0 accent-accent"
                    />
                    <span className="min-w-0">
                      <span className="block font-medium">{CHAT_MODELS[id].name}</span>
                      <span className="block text-xs text-muted-foreground tabular-nums">
                        {formatCredits(CHAT_MODELS[id].creditsPerMessage)}
                        <span className="max-lg:hidden"> · {CHAT_MODELS[id].tier}</span>
                      </span>
                    </span>
                  </label>
                );
              })}
            </div>
          </fieldset>
          {error && <ErrorNotice error={error} />}
          <div className="flex flex-wrap items-center justify-end gap-3 border-t border-border pt-4">
            {tooFew ? (
              <p id="council-price" className="text-sm text-muted-foreground">
                Choose at least {MIN_MODELS} models
              </p>
            ) : (
              <PriceHint id="council-price" credits={price} note={`for ${models.length} models`} />
            )}
            {pending && (
              <Button variant="secondary" onClick={stop}>
                <Square aria-hidden className="fill-current" />
                Stop
              </Button>
            )}
            <Button type="submit" disabled={pending || tooFew} aria-describedby="council-price">
              {pending ? <Spinner /> : <UsersRound aria-hidden />}
              Ask the council
            </Button>
          </div>
        </form>
      </Card>

      {current && <RunResults run={current} />}
    </div>
  );
}

function RunResults({ run }: { run: Run }) {
  const charged = run.answers.reduce((sum, answer) => sum + answer.credits, 0);
  const refunded = run.answers.filter((answer) => answer.state === "failed" || answer.state === "stopped");
  const answered = run.answers.filter((answer) => answer.state === "answered").length;
  return (
    <section aria-labelledby="answers-title" className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
        <div className="min-w-0 space-y-1">
          <h2 id="answers-title" className="text-lg font-semibold tracking-tight">
            Answers
          </h2>
          <p className="line-clamp-2 text-sm text-muted-foreground">{run.prompt}</p>
        </div>
        <div className="text-right">
          <p data-testid="council-total" className="text-sm font-semibold tabular-nums">
            Total charged: {formatCredits(charged)}
          </p>
          <p role="status" className="text-xs text-muted-foreground tabular-nums">
            {run.finished
              ? `${answered} of ${run.answers.length} answered${refunded.length > 0 ? ` · ${formatCredits(refunded.reduce((sum, answer) => sum + answer.price, 0))} refunded` : ""}`
              : `${formatCredits(run.reserved)} reserved while the models answer`}
          </p>
        </div>
      </div>
      {run.interrupted && (
        <p className="rounded-lg border border-border bg-surface px-3.5 py-3 text-sm text-muted-foreground">
          The connection dropped, but the council keeps going: its answers will be under Past runs when you reload.
        </p>
      )}
      <AnswerGrid count={run.answers.length}>
        {run.answers.map((answer) => (
          <CouncilAnswerCard key={answer.model} answer={answer} idPrefix="live" />
        ))}
      </AnswerGrid>
    </section>
  );
}
