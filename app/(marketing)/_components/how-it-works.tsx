import { Eye, RefreshCw, ShieldCheck } from "lucide-react";
import { Section } from "./section";
import { SECTIONS } from "./sections";

const STEPS = [
  {
    icon: Eye,
    title: "See the price first",
    body: "Every model has a fixed price in credits, shown next to the Send button. No tokens to count, no surprises on the bill.",
  },
  {
    icon: ShieldCheck,
    title: "Pay only for answers",
    body: "Credits are reserved when you send and charged when the answer arrives. If a model fails or times out, the reservation is released and you pay nothing.",
  },
  {
    icon: RefreshCw,
    title: "Allowance plus packs",
    body: "Your plan's allowance resets each billing cycle and does not roll over. Credit packs never expire and are spent after the allowance.",
  },
];

export function HowItWorks() {
  return (
    <Section
      id={SECTIONS.howItWorks.id}
      eyebrow={SECTIONS.howItWorks.label}
      title="Credits, explained in three lines"
      intro="A credit is the unit you pay in for every AI request. Cheap models cost one credit; premium models and media cost more."
    >
      <ol className="grid gap-4 md:grid-cols-3">
        {STEPS.map((step) => (
          <li key={step.title} className="rounded-2xl border border-border bg-surface p-6 shadow-sm">
            <span className="flex size-10 items-center justify-center rounded-xl bg-accent-subtle text-accent-subtle-foreground">
              <step.icon aria-hidden className="size-5" />
            </span>
            <h3 className="mt-4 font-semibold">{step.title}</h3>
            <p className="mt-2 text-sm text-muted-foreground">{step.body}</p>
          </li>
        ))}
      </ol>
    </Section>
  );
}
