import { Gift, Package } from "lucide-react";
import Link from "next/link";
import { AFFILIATE_TERMS } from "@/config/affiliate";
import { REFERRAL_BONUS } from "@/config/plans";
import { formatCredits } from "@/components/format";
import { PackList } from "@/components/pack-list";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { Section } from "./section";
import { SECTIONS } from "./sections";

export function PacksAndReferrals() {
  return (
    <Section
      id={SECTIONS.packs.id}
      eyebrow={SECTIONS.packs.label}
      title="Need more? Top up or share"
      className="border-t border-border bg-surface/50"
    >
      <div className="grid gap-4 md:grid-cols-2">
        <Card>
          <CardHeader>
            <h3 className="flex items-center gap-2 font-semibold">
              <Package aria-hidden className="size-5 text-accent" />
              Credit packs
            </h3>
            <CardDescription>Instant one-off top-ups on any plan. Pack credits never expire.</CardDescription>
          </CardHeader>
          <CardContent>
            <PackList />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <h3 className="flex items-center gap-2 font-semibold">
              <Gift aria-hidden className="size-5 text-accent" />
              Referrals
            </h3>
            <CardDescription>Invite a friend from your account settings.</CardDescription>
          </CardHeader>
          <CardContent className="space-y-4">
            <dl className="grid grid-cols-2 gap-3">
              <div className="rounded-xl border border-border p-4">
                <dt className="text-sm text-muted-foreground">You get</dt>
                <dd className="mt-1 text-2xl font-semibold tracking-tight">{formatCredits(REFERRAL_BONUS.referrer)}</dd>
              </div>
              <div className="rounded-xl border border-border p-4">
                <dt className="text-sm text-muted-foreground">Your friend gets</dt>
                <dd className="mt-1 text-2xl font-semibold tracking-tight">{formatCredits(REFERRAL_BONUS.referee)}</dd>
              </div>
            </dl>
            <p className="text-sm text-muted-foreground">
              Bonus credits are granted once, when the person you invited first pays.
            </p>
            <p className="text-sm">
              Have an audience?{" "}
              <Link href="/affiliate" className="font-medium text-accent underline-offset-2 hover:underline">
                Earn {AFFILIATE_TERMS.commissionPercent}% of what they pay with the affiliate program
              </Link>
              .
            </p>
          </CardContent>
        </Card>
      </div>
    </Section>
  );
}
