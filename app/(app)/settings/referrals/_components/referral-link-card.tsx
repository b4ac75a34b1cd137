import { REFERRAL_BONUS } from "@/config/plans";
import { formatCredits } from "@/components/format";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CopyField } from "./copy-field";

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
      <CardContent>
        <CopyField id="referral-link" label="Invite link" value={link} />
      </CardContent>
    </Card>
  );
}
