import { tzOffset } from "@date-fns/tz";
import type { Metadata } from "next";
import { PLANS } from "@/config/plans";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatUtcOffset, supportedTimeZones, zoneLabel } from "@/lib/account/time-zone";
import { requireUser } from "@/lib/auth/session";
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
  const details = [
    { label: "Name", value: user.name ?? "Not set" },
    { label: "Email", value: user.email },
    { label: "Plan", value: PLANS[user.plan].name },
  ];
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader>
          <CardTitle>Profile</CardTitle>
          <CardDescription>Editing your name and email is coming soon.</CardDescription>
        </CardHeader>
        <CardContent>
          <dl className="divide-y divide-border rounded-xl border border-border">
            {details.map((detail) => (
              <div key={detail.label} className="grid gap-1 px-4 py-3 sm:grid-cols-[10rem_1fr] sm:gap-4">
                <dt className="text-sm text-muted-foreground">{detail.label}</dt>
                <dd className="text-sm font-medium break-words">{detail.value}</dd>
              </div>
            ))}
          </dl>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Time zone</CardTitle>
          <CardDescription>
            Currently <span className="font-medium text-foreground">{zoneLabel(user.timeZone)}</span>. New accounts start with their
            browser’s zone.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <TimeZoneForm current={user.timeZone} groups={zoneGroups(user.timeZone)} />
        </CardContent>
      </Card>
      <SessionsCard userId={user.id} currentSessionId={user.sessionId} timeZone={user.timeZone} />
    </div>
  );
}
