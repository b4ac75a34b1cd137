"use client";

import { FormError } from "@/components/forms/form-error";
import { useActionFlow } from "@/components/forms/use-action-flow";
import { Spinner } from "@/components/ui/spinner";
import { resendVerification } from "@/lib/auth/actions/resend-verification";

export function ResendLinkButton() {
  const { run, busy, running, failure } = useActionFlow();
  return (
    <>
      <button
        type="button"
        disabled={busy}
        onClick={() =>
          run(
            "resend",
            () => resendVerification({}),
            ({ alreadyVerified, email }) => ({
              message: alreadyVerified ? "Your email is already confirmed." : `We sent a new link to ${email}.`,
            }),
          )
        }
        className="inline-flex shrink-0 items-center gap-1.5 rounded font-semibold underline underline-offset-2 disabled:opacity-60"
      >
        {running && <Spinner />}
        Resend link
      </button>
      <FormError failure={failure} className="basis-full" />
    </>
  );
}
