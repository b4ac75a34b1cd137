"use client";

import { useEffect, useRef, type FormEvent } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { formatCredits, formatNumber } from "@/components/format";
import { Button } from "@/components/ui/button";
import { FieldError, FieldHint, Input, Label } from "@/components/ui/field";
import { Spinner } from "@/components/ui/spinner";
import { updateAlerts } from "@/lib/billing/actions/update-alerts";

const FIELDS = [
  {
    name: "lowBalanceThreshold",
    label: "Low-balance alert (credits)",
    hint: "We show a banner and email you when your balance drops below this. Leave empty for no alert.",
  },
  {
    name: "monthlySpendCap",
    label: "Monthly spending cap (credits)",
    hint: "Requests stop once you have spent this much in a billing period. Leave empty for no cap.",
  },
  {
    name: "dailySpendCap",
    label: "Daily spending cap (credits)",
    hint: "Requests stop once you have spent this much today; it starts again at midnight in your time zone. Leave empty for no cap.",
  },
] as const;

type FieldName = (typeof FIELDS)[number]["name"];

interface AlertSettings {
  lowBalanceThreshold: number | null;
  monthlySpendCap: number | null;
  capRemaining: number | null;
  dailySpendCap: number | null;
  dayRemaining: number | null;
}

function savedMessage({
  lowBalanceThreshold,
  monthlySpendCap,
  capRemaining,
  dailySpendCap,
  dayRemaining,
}: AlertSettings) {
  const alert =
    lowBalanceThreshold === null
      ? "No low-balance alert"
      : `You'll be alerted below ${formatCredits(lowBalanceThreshold)}`;
  const cap =
    monthlySpendCap === null
      ? "no monthly cap"
      : `${formatCredits(capRemaining ?? 0)} of your ${formatNumber(monthlySpendCap)}-credit cap left this period`;
  const daily =
    dailySpendCap === null
      ? "no daily cap"
      : `${formatCredits(dayRemaining ?? 0)} of your ${formatNumber(dailySpendCap)}-credit daily cap left today`;
  return `Saved. ${alert}; ${cap}; ${daily}.`;
}

export function AlertsForm(settings: AlertSettings) {
  const { lowBalanceThreshold, monthlySpendCap, capRemaining, dailySpendCap, dayRemaining } = settings;
  const { run, busy, running, failure, fieldError } = useActionFlow();
  const form = useRef<HTMLFormElement>(null);
  const values: Record<FieldName, number | null> = { lowBalanceThreshold, monthlySpendCap, dailySpendCap };

  // After a refused save, take the person to the first field that needs fixing.
  useEffect(() => {
    if (failure) form.current?.querySelector<HTMLInputElement>("[aria-invalid=true]")?.focus();
  }, [failure]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const read = (name: FieldName) => {
      const value = String(data.get(name) ?? "").trim();
      return value === "" ? null : Number(value);
    };
    const input = {
      lowBalanceThreshold: read("lowBalanceThreshold"),
      monthlySpendCap: read("monthlySpendCap"),
      dailySpendCap: read("dailySpendCap"),
    };
    run(
      "save",
      () => updateAlerts(input),
      (saved) => ({ message: savedMessage(saved) }),
    );
  }

  return (
    <form ref={form} noValidate onSubmit={handleSubmit} className="space-y-5">
      {FIELDS.map((field) => {
        const error = fieldError(field.name);
        const describedBy = [`${field.name}-hint`, error && `${field.name}-error`].filter(Boolean).join(" ");
        return (
          <div key={field.name} className="flex flex-col gap-1.5">
            <Label htmlFor={field.name}>{field.label}</Label>
            <Input
              id={field.name}
              name={field.name}
              type="number"
              inputMode="numeric"
              min={1}
              step={1}
              placeholder="Off"
              defaultValue={values[field.name] ?? ""}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              className="aria-invalid:border-danger"
            />
            {error && <FieldError id={`${field.name}-error`}>{error}</FieldError>}
            <FieldHint id={`${field.name}-hint`}>{field.hint}</FieldHint>
          </div>
        );
      })}
      {monthlySpendCap !== null && capRemaining !== null && (
        <p className="rounded-lg bg-subtle px-3.5 py-2.5 text-sm">
          <span className="font-medium tabular-nums">{formatCredits(capRemaining)}</span> left under your cap this
          period.
        </p>
      )}
      {dailySpendCap !== null && dayRemaining !== null && (
        <p className="rounded-lg bg-subtle px-3.5 py-2.5 text-sm">
          <span className="font-medium tabular-nums">{formatCredits(dayRemaining)}</span> left under your daily cap
          today.
        </p>
      )}
      <FormError failure={failure} />
      <Button type="submit" disabled={busy}>
        {running && <Spinner />}
        Save alerts and limits
      </Button>
    </form>
  );
}
