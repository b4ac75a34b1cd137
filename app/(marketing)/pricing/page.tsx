import type { Metadata } from "next";
import { getSessionUser } from "@/lib/auth/session";
import { ClosingCall } from "../_components/closing-call";
import { PacksAndReferrals } from "../_components/packs-and-referrals";
import { PlanChangeRules } from "./_components/plan-change-rules";
import { PricingPlans } from "./_components/pricing-plans";

export const metadata: Metadata = {
  title: "Pricing",
  description:
    "Free, Starter and Pro: every feature on every plan, priced in credits. Upgrade, downgrade or cancel any time.",
};

export default async function PricingPage() {
  const user = await getSessionUser();
  return (
    <>
      <PricingPlans currentPlan={user?.plan ?? null} />
      <PlanChangeRules />
      <PacksAndReferrals />
      {!user && <ClosingCall />}
    </>
  );
}
