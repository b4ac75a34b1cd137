import Link from "next/link";
import { AFFILIATE_TERMS } from "@/config/affiliate";
import { REFERRAL_BONUS } from "@/config/plans";
import { formatCredits } from "@/components/format";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CopyField } from "@/components/copy-field";

export function ReferralLinkCard({ link }: { link: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Your invite link</CardTitle>
        <CardDescription>
          Share it with friends. When someone who signed up through it first pays, you get{" "}
          {formatCredits(REFERRAL_BONUS.referrer)} and they get {formatCredits(REFERRAL_BONUS.referee)}.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-3">
        <CopyField id="referral-link" label="Invite link" value={link} />
        <p className="text-sm text-muted-foreground">
          Sharing with an audience?{" "}
          <Link href="/settings/affiliate" className="font-medium text-accent underline-offset-2 hover:underline">
            Join the affiliate program
          </Link>{" "}
          and earn {AFFILIATE_TERMS.commissionPercent}% of what the people you bring pay (
          <Link href="/affiliate" className="underline underline-offset-2">
            the terms
          </Link>
          ).
        </p>
      </CardContent>
    </Card>
  );
}
