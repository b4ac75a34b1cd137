"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

interface InlineConfirmProps {
  title: string;
  /** What will happen and when, in a sentence or two. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A second step in place of the button that opened it, for changes that cost or take something away. */
export function InlineConfirm({
  title,
  children,
  confirmLabel,
  cancelLabel = "Not now",
  onConfirm,
  onCancel,
}: InlineConfirmProps) {
  const panel = useRef<HTMLDivElement>(null);
  // Screen readers land on the explanation rather than on a button that would confirm straight away.
  useEffect(() => panel.current?.focus(), []);

  return (
    <div
      ref={panel}
      tabIndex={-1}
      role="group"
      aria-label={title}
      className="space-y-3 rounded-xl border border-border bg-subtle p-4 text-sm"
    >
      <p className="font-semibold">{title}</p>
      <div className="space-y-2 text-muted-foreground">{children}</div>
      <div className="flex flex-wrap gap-2">
        <Button size="sm" onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button size="sm" variant="secondary" onClick={onCancel}>
          {cancelLabel}
        </Button>
      </div>
    </div>
  );
}
