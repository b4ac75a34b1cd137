import Link from "next/link";
import { formatCredits } from "@/components/format";
import { ErrorAlert } from "@/components/ui/alert";
import type { ActionError } from "./action-error";

/** A failed request, said plainly. Running out of credits also says what to do about it. */
export function ErrorNotice({ error, className }: { error: ActionError; className?: string }) {
  if (error.code === "SPEND_CAP_REACHED" || error.code === "DAILY_CAP_REACHED") {
    return (
      <ErrorAlert className={className}>
        <p className="font-semibold">
          {error.code === "DAILY_CAP_REACHED" ? "Daily spending limit reached" : "Monthly spending limit reached"}
        </p>
        <p>{error.message}</p>
        <p className="font-medium">
          <Link href="/settings/billing#alerts" className="underline underline-offset-2">
            Change your limits
          </Link>
        </p>
      </ErrorAlert>
    );
  }
  if (error.code !== "INSUFFICIENT_CREDITS") {
    return (
      <ErrorAlert className={className}>
        <p>{error.message}</p>
      </ErrorAlert>
    );
  }
  const missing = typeof error.details?.missing === "number" ? error.details.missing : null;
  return (
    <ErrorAlert className={className}>
      <p className="font-semibold">Not enough credits{missing !== null && ` — ${formatCredits(missing)} short`}</p>
      <p>{error.message} Nothing was sent and nothing was charged.</p>
      <p className="flex flex-wrap gap-x-4 gap-y-1 font-medium">
        <Link href="/settings/billing" className="underline underline-offset-2">
          Upgrade your plan
        </Link>
        <Link href="/settings/billing" className="underline underline-offset-2">
          Buy credits
        </Link>
      </p>
    </ErrorAlert>
  );
}
