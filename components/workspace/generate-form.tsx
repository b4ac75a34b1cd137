"use client";

import type { LucideIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FieldHint, Label, Textarea } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import type { ActionResult } from "@/lib/actions/action";
import type { GeneratedMedia } from "@/lib/media/generate";
import { OFFLINE_ERROR, type ActionError } from "./action-error";
import { ErrorNotice } from "./error-notice";
import type { MediaItem } from "./media";
import { MediaCard } from "./media-card";
import { PriceHint } from "./price-hint";
import { useRequestId } from "./request-id";

interface GenerateFormProps {
  /** Prefix for element ids: "image" or "video". */
  id: string;
  placeholder: string;
  /** Model, resolution and duration controls. */
  options: ReactNode;
  price: number;
  /** The chosen options; with the prompt, they identify the action for retries. */
  optionsKey: string;
  submitLabel: string;
  pendingLabel: string;
  /** What the result panel shows before anything is generated. */
  emptyLabel: string;
  emptyIcon: LucideIcon;
  /** The aspect ratio of the chosen size, for the placeholder while generating. */
  aspect: { width: number; height: number };
  generate: (requestId: string, prompt: string) => Promise<ActionResult<GeneratedMedia>>;
  toItem: (prompt: string, media: GeneratedMedia) => MediaItem;
}

/** The shared body of the image and video pages: prompt, options, price, Generate, and the result. */
export function GenerateForm(props: GenerateFormProps) {
  const {
    id,
    placeholder,
    options,
    price,
    optionsKey,
    submitLabel,
    pendingLabel,
    emptyLabel,
    emptyIcon: EmptyIcon,
    aspect,
    generate,
    toItem,
  } = props;
  const router = useRouter();
  const requestIds = useRequestId();
  const [prompt, setPrompt] = useState("");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const [result, setResult] = useState<MediaItem | null>(null);
  // State lands after a re-render; this stops a fast double click from generating twice.
  const inFlight = useRef(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current) return;
    const text = prompt.trim();
    if (!text) {
      setError({ code: "INVALID_INPUT", message: "Describe what you want to see first." });
      return;
    }
    inFlight.current = true;
    setPending(true);
    setError(null);
    const requestId = requestIds.begin(`${optionsKey}\n${text}`);
    let failure: ActionError | null = null;
    try {
      const outcome = await generate(requestId, text);
      if (outcome.ok) {
        setResult(toItem(text, outcome.data));
        router.refresh();
      } else {
        failure = outcome;
      }
    } catch {
      failure = OFFLINE_ERROR;
    } finally {
      requestIds.finish(failure);
      setError(failure);
      inFlight.current = false;
      setPending(false);
    }
  }

  return (
    <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
      <Card className="p-4 sm:p-5">
        <form onSubmit={handleSubmit} className="space-y-5">
          <div className="flex flex-col gap-1.5">
            <Label htmlFor={`${id}-prompt`}>Prompt</Label>
            <Textarea
              id={`${id}-prompt`}
              rows={4}
              maxLength={2_000}
              placeholder={placeholder}
              value={prompt}
              onChange={(event) => setPrompt(event.target.value)}
            />
            <FieldHint>Be specific about the subject, the style and the light.</FieldHint>
          </div>
          {options}
          {error && <ErrorNotice error={error} />}
          <div className="flex flex-wrap items-center justify-end gap-3 border-t border-border pt-4">
            <PriceHint id={`${id}-price`} credits={price} />
            <Button type="submit" disabled={pending} aria-describedby={`${id}-price`}>
              {pending && <Spinner />}
              {pending ? pendingLabel : submitLabel}
            </Button>
          </div>
        </form>
      </Card>

      <section aria-labelledby={`${id}-result-title`} aria-busy={pending} className="space-y-3">
        <h2 id={`${id}-result-title`} className="sr-only">
          Result
        </h2>
        {pending || !result ? (
          <div
            style={{ aspectRatio: `${aspect.width} / ${aspect.height}` }}
            className="flex max-h-[32rem] w-full flex-col items-center justify-center gap-3 rounded-2xl border border-dashed border-border bg-surface p-6 text-center text-sm text-muted-foreground"
          >
            {pending ? <Spinner className="size-6 text-accent" /> : <EmptyIcon aria-hidden className="size-6" />}
            <p role={pending ? "status" : undefined}>
              {pending ? `${pendingLabel} This usually takes a few seconds.` : emptyLabel}
            </p>
          </div>
        ) : (
          <MediaCard item={result} size="result" />
        )}
      </section>
    </div>
  );
}
