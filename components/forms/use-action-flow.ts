"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult, FieldErrors } from "@/lib/actions/action";
import { useHydrated } from "@/components/use-hydrated";

export interface Flash {
  tone: "success" | "error";
  message: string;
  /** A refusal's problems by input field, shown under each field instead of in the message. */
  fieldErrors?: FieldErrors;
}

/** What to do once an action succeeded: leave for another page, or stay and say what changed. */
export interface ActionOutcome {
  redirectUrl?: string | null;
  message?: string;
  /** The action ran but did not get what the person asked for (a declined card): said as an error. */
  tone?: Flash["tone"];
}

const OFFLINE = "We couldn't reach Tally. Check your connection and try again.";

function redirectOf(data: unknown) {
  const url = typeof data === "object" && data !== null && "redirectUrl" in data ? data.redirectUrl : null;
  return typeof url === "string" ? url : null;
}

/**
 * The one way a form or button runs a server action. When the action answers with a redirectUrl
 * (Stripe Checkout, the portal) the browser goes there; otherwise the page's server data is
 * refreshed and the outcome is shown as a message. A refusal that names fields (`fieldErrors`) is shown
 * under them: `fieldError(name)` for each field, and `<ActionFlash>` then shows only what belongs to no
 * field. `busy` disables the buttons; `running` names the one that started the action.
 */
export function useActionFlow() {
  const router = useRouter();
  const hydrated = useHydrated();
  const [isPending, startTransition] = useTransition();
  const [leaving, setLeaving] = useState(false);
  const [active, setActive] = useState<string | null>(null);
  const [flash, setFlash] = useState<Flash | null>(null);

  function run<T>(key: string, action: () => Promise<ActionResult<T>>, outcome?: (data: T) => ActionOutcome) {
    setActive(key);
    setFlash(null);
    startTransition(async () => {
      const result = await action().catch(() => null);
      if (!result) return setFlash({ tone: "error", message: OFFLINE });
      if (!result.ok) return setFlash({ tone: "error", message: result.message, fieldErrors: result.fieldErrors });
      const next = outcome?.(result.data) ?? {};
      const redirectUrl = next.redirectUrl ?? redirectOf(result.data);
      if (redirectUrl) {
        // Stays busy until the next page has loaded, so a second click cannot start a second checkout.
        setLeaving(true);
        window.location.assign(redirectUrl);
        return;
      }
      // One transition for both, so the message appears together with the refreshed page, not before it.
      startTransition(() => {
        router.refresh();
        if (next.message) setFlash({ tone: next.tone ?? "success", message: next.message });
      });
    });
  }

  const busy = !hydrated || isPending || leaving;
  const fieldError = (name: string) => (flash?.tone === "error" ? flash.fieldErrors?.[name]?.[0] : undefined);
  return { run, busy, running: busy ? active : null, flash, fieldError };
}
