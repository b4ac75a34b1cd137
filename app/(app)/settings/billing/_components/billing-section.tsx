import type { ReactNode } from "react";

interface BillingSectionProps {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
}

export function BillingSection({ id, title, description, children }: BillingSectionProps) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-20 space-y-4">
      <div className="space-y-1">
        <h2 id={`${id}-title`} className="text-lg font-semibold tracking-tight">
          {title}
        </h2>
        {description && <p className="text-sm text-muted-foreground">{description}</p>}
      </div>
      {children}
    </section>
  );
}
