"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ErrorAlert, Notice } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { signOutOtherDevices } from "@/lib/auth/actions/sign-out-other-devices";

type Status =
  { state: "idle" } | { state: "working" } | { state: "done"; signedOut: number } | { state: "error"; message: string };

/** Ends every other session; they are signed out on their next request, on every instance. */
export function SignOutOthersButton({ others }: { others: number }) {
  const router = useRouter();
  const [status, setStatus] = useState<Status>({ state: "idle" });

  async function signOutOthers() {
    setStatus({ state: "working" });
    try {
      const result = await signOutOtherDevices({});
      if (!result.ok) return setStatus({ state: "error", message: result.message });
      setStatus({ state: "done", signedOut: result.data.signedOut });
      router.refresh();
    } catch {
      setStatus({ state: "error", message: "We couldn't reach Tally. Check your connection and try again." });
    }
  }

  return (
    <div className="space-y-3">
      <Button
        variant="secondary"
        onClick={signOutOthers}
        disabled={status.state === "working" || (others === 0 && status.state !== "error")}
      >
        {status.state === "working" && <Spinner />}
        Sign out of all other devices
      </Button>
      {status.state === "done" && (
        <Notice tone="success">
          {status.signedOut === 1
            ? "1 other session was signed out."
            : `${status.signedOut} other sessions were signed out.`}{" "}
          This device stays signed in.
        </Notice>
      )}
      {status.state === "error" && <ErrorAlert>{status.message}</ErrorAlert>}
    </div>
  );
}
