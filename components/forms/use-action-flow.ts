"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult, FieldErrors } from "@/lib/actions/action";
import { useHydrated } from "@/components/use-hydrated";

/** Why the last run did not get what the person asked for. */
export interface ActionFailure {
  message: string;
  /** A refusal's problems by input field, shown under each field instead of in the message. */
  fieldErrors?: FieldErrors;
}

/** What to do once an action succeeded: leave for another page, or stay and say what changed. */
export interface ActionOutcome {
  redirectUrl?: string | null;
  message?: string;
  /** The action ran but did not get what the person asked for (a declined card): said as an error. */
  failed?: boolean;
}

const OFFLINE = "We couldn't reach Tally. Check your connection and try again.";

function redirectOf(data: unknown) {
  const url = typeof data === "object" && data !== null && "redirectUrl" in data ? data.redirectUrl : null;
  return typeof url === "string" ? url : null;
}

/**
 * The one way a form or button runs a server action. When the action answers with a redirectUrl
 * (Stripe Checkout, the portal) the browser goes there; otherwise the page's server data is
 * refreshed and what changed is confirmed in a toast. A refusal stays beside the form as `failure`: what
 * names fields (`fieldErrors`) is shown under them with `fieldError(name)`, and `<ActionError>` shows the
 * rest. `busy` disables the buttons; `running` names the one that started the action.
 */
export function useActionFlow() {
  const router = useRouter();
  const hydrated = useHydrated();
  const [isPending, startTransition] = useTransition();
  const [leaving, setLeaving] = useState(false);
  const [active, setActive] = useState<string | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  // A second submit before React has re-rendered the disabled button (a double Enter) is dropped here.
  const inFlight = useRef(false);

  function run<T>(key: string, action: () => Promise<ActionResult<T>>, outcome?: (data: T) => ActionOutcome) {
    if (inFlight.current) return;
    inFlight.current = true;
    setActive(key);
    setFailure(null);
    startTransition(async () => {
      const result = await action()
        .catch(() => null)
        .finally(() => (inFlight.current = false));
      if (!result) return setFailure({ message: OFFLINE });
      if (!result.ok) return setFailure({ message: result.message, fieldErrors: result.fieldErrors });
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
        if (next.message && next.failed) setFailure({ message: next.message });
        else if (next.message) toast.success(next.message);
      });
    });
  }

  const busy = !hydrated || isPending || leaving;
  const fieldError = (name: string) => failure?.fieldErrors?.[name]?.[0];
  return { run, busy, running: busy ? active : null, failure, fieldError };
}
