import { tzOffset } from "@date-fns/tz";
import type { Metadata } from "next";
import { Download } from "lucide-react";
import { PLANS } from "@/config/plans";
import { buttonClasses } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatUtcOffset, supportedTimeZones, zoneLabel } from "@/lib/account/time-zone";
import { requireUser } from "@/lib/auth/session";
import { getProfile } from "@/lib/auth/queries";
import { DeleteAccountForm } from "./_components/delete-account-form";
import { EmailForm } from "./_components/email-form";
import { NameForm } from "./_components/name-form";
import { PasswordForm } from "./_components/password-form";
import { SessionsCard } from "./_components/sessions-card";
import { TimeZoneForm, type ZoneOption } from "./_components/time-zone-form";

export const metadata: Metadata = { title: "Profile" };

/** Every zone, grouped by region ("America", "Europe"…), labelled with its offset today. */
function zoneGroups(current: string) {
  const now = new Date();
  const zones = supportedTimeZones();
  if (!zones.includes(current)) zones.push(current);
  const groups = new Map<string, ZoneOption[]>();
  for (const zone of zones) {
    const slash = zone.indexOf("/");
    const region = slash === -1 ? "Other" : zone.slice(0, slash);
    const place = (slash === -1 ? zone : zone.slice(slash + 1)).replaceAll("_", " ").replaceAll("/", " – ");
    if (!groups.has(region)) groups.set(region, []);
    groups.get(region)!.push({ value: zone, label: `${place} (${formatUtcOffset(tzOffset(zone, now))})` });
  }
  return [...groups].map(([region, options]) => ({ region, zones: options }));
}

export default async function ProfilePage() {
  const user = await requireUser();
  const { hasPassword } = await getProfile({ userId: user.id });
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader>
          <CardTitle>Profile</CardTitle>
          <CardDescription>
            {PLANS[user.plan].name} plan · signed in as{" "}
            <span className="font-medium break-all text-foreground">{user.email}</span>
          </CardDescription>
        </CardHeader>
        <CardContent>
          <NameForm current={user.name ?? ""} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Email</CardTitle>
          <CardDescription>Receipts, alerts and sign-in links go to {user.email}.</CardDescription>
        </CardHeader>
        <CardContent>
          <EmailForm current={user.email} hasPassword={hasPassword} />
        </CardContent>
      </Card>
      {hasPassword && (
        <Card>
          <CardHeader>
            <CardTitle>Password</CardTitle>
            <CardDescription>
              Forgot it? Sign out and choose &quot;Forgot password?&quot; on the sign-in page.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <PasswordForm />
          </CardContent>
        </Card>
      )}
      <Card>
        <CardHeader>
          <CardTitle>Time zone</CardTitle>
          <CardDescription>
            Currently <span className="font-medium text-foreground">{zoneLabel(user.timeZone)}</span>. New accounts
            start with their browser’s zone.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <TimeZoneForm current={user.timeZone} groups={zoneGroups(user.timeZone)} />
        </CardContent>
      </Card>
      <SessionsCard userId={user.id} currentSessionId={user.sessionId} timeZone={user.timeZone} />
      <Card>
        <CardHeader>
          <CardTitle>Your data</CardTitle>
          <CardDescription>
            Everything Tally keeps about you: profile, conversations, agents, council runs, media details, usage and
            credit history, as one JSON file, or as a ZIP with your images and videos too.
          </CardDescription>
        </CardHeader>
        <CardContent className="flex flex-wrap gap-3">
          <a href="/api/account/export" download className={buttonClasses({ variant: "secondary" })}>
            <Download aria-hidden />
            Download your data (JSON)
          </a>
          <a href="/api/account/export?format=zip" download className={buttonClasses({ variant: "secondary" })}>
            <Download aria-hidden />
            With images and videos (ZIP)
          </a>
        </CardContent>
      </Card>
      <Card className="border-danger-border">
        <CardHeader>
          <CardTitle>Delete account</CardTitle>
          <CardDescription>
            Your plan is cancelled at once (no further charges) and your conversations, agents, images, videos, council
            runs and sign-ins are deleted, with any credits left. Payment and credit records the business must keep
            stay, without your name or email. This cannot be undone.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <DeleteAccountForm email={user.email} />
        </CardContent>
      </Card>
    </div>
  );
}
