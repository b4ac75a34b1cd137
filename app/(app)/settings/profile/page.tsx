import type { Metadata } from "next";
import { PLANS } from "@/config/plans";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const user = await requireUser();
  const details = [
    { label: "Name", value: user.name ?? "Not set" },
    { label: "Email", value: user.email },
    { label: "Plan", value: PLANS[user.plan].name },
    { label: "Time zone", value: user.timeZone },
  ];
  return (
    <Card>
      <CardHeader>
        <CardTitle>Profile</CardTitle>
        <CardDescription>Editing your profile is coming soon.</CardDescription>
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
  );
}
