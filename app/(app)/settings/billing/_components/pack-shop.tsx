import { formatCredits } from "@/components/format";
import { PackList } from "@/components/pack-list";
import { BillingSection } from "./billing-section";
import { BuyPackButton } from "./buy-pack-button";

export function PackShop() {
  return (
    <BillingSection
      id="packs"
      title="Credit packs"
      description="One-off top-ups on any plan. Credits arrive as soon as payment is confirmed, never expire, and are spent after your monthly allowance."
    >
      <PackList renderAction={(pack) => <BuyPackButton packId={pack.id} label={`Buy ${formatCredits(pack.credits)}`} />} />
    </BillingSection>
  );
}
