"use client";

import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, type FormEvent } from "react";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldHint, Label, Select } from "@/components/ui/field";
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

type Status =
  { state: "idle" } | { state: "saving" } | { state: "saved"; timeZone: string } | { state: "error"; message: string };

export function TimeZoneForm({
  current,
  groups,
}: {
  current: string;
  groups: { region: string; zones: ZoneOption[] }[];
}) {
  const router = useRouter();
  const device = useDeviceTimeZone();
  const [value, setValue] = useState(current);
  const [status, setStatus] = useState<Status>({ state: "idle" });
  const known = groups.some((group) => group.zones.some((zone) => zone.value === device));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus({ state: "saving" });
    try {
      const result = await updateTimeZone({ timeZone: value });
      if (!result.ok) {
        setStatus({ state: "error", message: result.message });
        return;
      }
      setStatus({ state: "saved", timeZone: result.data.timeZone });
      router.refresh();
    } catch {
      setStatus({ state: "error", message: "We couldn't reach Tally. Check your connection and try again." });
    }
  }

  return (
    <form onSubmit={handleSubmit} className="space-y-3">
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="time-zone">Time zone</Label>
        <Select
          id="time-zone"
          name="timeZone"
          value={value}
          aria-describedby="time-zone-hint"
          onChange={(event) => {
            setValue(event.target.value);
            setStatus({ state: "idle" });
          }}
          className="sm:max-w-sm"
        >
          {groups.map((group) => (
            <optgroup key={group.region} label={group.region}>
              {group.zones.map((zone) => (
                <option key={zone.value} value={zone.value}>
                  {zone.label}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>
        <FieldHint id="time-zone-hint">
          Activity starts your days at midnight in this zone, and shows every time in it.
        </FieldHint>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={status.state === "saving" || value === current}>
          {status.state === "saving" && <Spinner />}
          Save time zone
        </Button>
        {device && known && device !== value && (
          <Button variant="ghost" onClick={() => setValue(device)}>
            Use this device&apos;s zone ({zoneLabel(device)})
          </Button>
        )}
        <p aria-live="polite" className="text-sm text-success">
          {status.state === "saved" && `Saved. Your days now start at midnight in ${zoneLabel(status.timeZone)}.`}
        </p>
      </div>
      {status.state === "error" && (
        <ErrorAlert>
          <p>{status.message}</p>
        </ErrorAlert>
      )}
    </form>
  );
}
