import { CopyField } from "@/components/copy-field";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

export function AffiliateLinkCard({ link }: { link: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Your affiliate link</CardTitle>
        <CardDescription>
          Add <code className="rounded bg-subtle px-1">?via=youtube</code> (or any short name) to see which channel
          brought whom: it is recorded with the click and the sign-up.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <CopyField id="affiliate-link" label="Affiliate link" value={link} />
      </CardContent>
    </Card>
  );
}
