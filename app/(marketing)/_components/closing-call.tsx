import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { PLANS } from "@/config/plans";
import { formatCredits } from "@/components/format";
import { buttonClasses } from "@/components/ui/button";

export function ClosingCall() {
  return (
    <section aria-labelledby="closing-title" className="py-16 sm:py-20">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <div className="flex flex-col items-start gap-6 rounded-3xl bg-accent px-6 py-10 text-accent-foreground sm:px-10 md:flex-row md:items-center md:justify-between dark:border dark:border-border dark:bg-accent-subtle dark:text-foreground">
          <div>
            <h2 id="closing-title" className="text-2xl font-semibold tracking-tight sm:text-3xl">
              Try every model for free
            </h2>
            <p className="mt-2 opacity-90">
              {formatCredits(PLANS.FREE.monthlyCredits)} a month, no card, every feature.
            </p>
          </div>
          <Link
            href="/sign-up"
            className={buttonClasses({ variant: "secondary", size: "lg", className: "border-transparent" })}
          >
            Create your free account
            <ArrowRight aria-hidden />
          </Link>
        </div>
      </div>
    </section>
  );
}
