import { PlanCards } from "@/components/plan-cards";
import { Section } from "./section";
import { SECTIONS } from "./sections";

export function PricingSection() {
  return (
    <Section
      id={SECTIONS.pricing.id}
      eyebrow={SECTIONS.pricing.label}
      title="Every feature on every plan"
      intro="Plans differ only in how many credits you get each month. Bigger plans cost less per credit."
      className="border-y border-border bg-surface/50"
    >
      <PlanCards />
    </Section>
  );
}
