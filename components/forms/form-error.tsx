import { ErrorAlert } from "@/components/ui/alert";
import type { ActionFailure } from "./use-action-flow";

/** Why an action was refused, beside its form; a refusal whose problems were all shown under their fields says nothing more. */
export function FormError({ failure, className }: { failure: ActionFailure | null; className?: string }) {
  if (!failure || (failure.fieldErrors && Object.keys(failure.fieldErrors).length > 0)) return null;
  return (
    <ErrorAlert className={className}>
      <p>{failure.message}</p>
    </ErrorAlert>
  );
}
