import { ClosingCall } from "./_components/closing-call";
import { Hero } from "./_components/hero";
import { HowItWorks } from "./_components/how-it-works";
import { ModelPrices } from "./_components/model-prices";
import { PacksAndReferrals } from "./_components/packs-and-referrals";
import { PricingSection } from "./_components/pricing-section";

export default function LandingPage() {
  return (
    <>
      <Hero />
      <HowItWorks />
      <PricingSection />
      <ModelPrices />
      <PacksAndReferrals />
      <ClosingCall />
    </>
  );
}
