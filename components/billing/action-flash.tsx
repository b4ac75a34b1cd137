import { ErrorAlert, Notice } from "@/components/ui/alert";
import type { Flash } from "./use-action-flow";

/** The message a billing action left behind: an error, or a confirmation of what changed. */
export function ActionFlash({ flash, className }: { flash: Flash | null; className?: string }) {
  if (!flash) return null;
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
