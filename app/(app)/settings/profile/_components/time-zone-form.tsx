"use client";

import { useState, useSyncExternalStore, type FormEvent } from "react";
import { FormError } from "@/components/forms/form-error";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { Button } from "@/components/ui/button";
import { FieldError, FieldHint, Label } from "@/components/ui/field";
import { NativeSelect, NativeSelectOptGroup, NativeSelectOption } from "@/components/ui/native-select";
import { Spinner } from "@/components/ui/spinner";
import { updateTimeZone } from "@/lib/account/actions/update-time-zone";
import { zoneLabel } from "@/lib/account/time-zone";

export interface ZoneOption {
  value: string;
  label: string;
}

const subscribe = () => () => {};
/** The browser's own zone; null while rendering on the server. */
const useDeviceTimeZone = () =>
  useSyncExternalStore(
    subscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => null,
  );

export function TimeZoneForm({
  current,
  groups,
}: {
  current: string;
  groups: { region: string; zones: ZoneOption[] }[];
}) {
  const device = useDeviceTimeZone();
  const [value, setValue] = useState(current);
  const { run, busy, running, failure, fieldError } = useActionFlow();
  const known = groups.some((group) => group.zones.some((zone) => zone.value === device));
  const error = fieldError("timeZone");

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    run(
      "save",
      () => updateTimeZone({ timeZone: value }),
      ({ timeZone }) => ({ message: `Saved. Your days now start at midnight in ${zoneLabel(timeZone)}.` }),
    );
  }

  return (
    <form onSubmit={handleSubmit} className="space-y-3">
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="time-zone">Time zone</Label>
        <NativeSelect
          id="time-zone"
          name="timeZone"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "time-zone-error time-zone-hint" : "time-zone-hint"}
          onChange={(event) => setValue(event.target.value)}
          className="sm:max-w-sm"
        >
          {groups.map((group) => (
            <NativeSelectOptGroup key={group.region} label={group.region}>
              {group.zones.map((zone) => (
                <NativeSelectOption key={zone.value} value={zone.value}>
                  {zone.label}
                </NativeSelectOption>
              ))}
            </NativeSelectOptGroup>
          ))}
        </NativeSelect>
        {error && <FieldError id="time-zone-error">{error}</FieldError>}
        <FieldHint id="time-zone-hint">
          Activity starts your days at midnight in this zone, and shows every time in it.
        </FieldHint>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={busy || value === current}>
          {running === "save" && <Spinner />}
          Save time zone
        </Button>
        {device && known && device !== value && (
          <Button variant="ghost" onClick={() => setValue(device)}>
            Use this device&apos;s zone ({zoneLabel(device)})
          </Button>
        )}
      </div>
      <FormError failure={failure} />
    </form>
  );
}
