import { formatCredits } from "@/components/format";
import { PackList } from "@/components/pack-list";
import { Button } from "@/components/ui/button";
import { BillingSection } from "./billing-section";
import { BuyPackButton } from "./buy-pack-button";

/** Billing off: the packs and their prices are shown, but cannot be bought on this server. */
export function PackShop({ billingOff }: { billingOff: boolean }) {
  return (
    <BillingSection
      id="packs"
      title="Credit packs"
      description="One-off top-ups on any plan. Credits arrive as soon as payment is confirmed, never expire, and are spent after your monthly allowance."
    >
      <PackList
        renderAction={(pack) =>
          billingOff ? (
            <Button variant="secondary" className="w-full" disabled>
              Not available here
            </Button>
          ) : (
            <BuyPackButton packId={pack.id} label={`Buy ${formatCredits(pack.credits)}`} />
          )
        }
      />
    </BillingSection>
  );
}
