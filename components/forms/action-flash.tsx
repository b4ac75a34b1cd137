import { ErrorAlert, Notice } from "@/components/ui/alert";
import type { Flash } from "./use-action-flow";

/**
 * The message an action left behind: an error, or a confirmation of what changed. A refusal whose
 * problems were all shown under their fields says nothing more here.
 */
export function ActionFlash({ flash, className }: { flash: Flash | null; className?: string }) {
  if (!flash || (flash.tone === "error" && flash.fieldErrors && Object.keys(flash.fieldErrors).length > 0)) return null;
  return flash.tone === "error" ? (
    <ErrorAlert className={className}>
      <p>{flash.message}</p>
    </ErrorAlert>
  ) : (
    <Notice tone="success" className={className}>
      <p>{flash.message}</p>
    </Notice>
  );
}
