import Bowser from "bowser";
import { Monitor, Smartphone } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDate } from "@/components/format";
import { listActiveSessions } from "@/lib/auth/sessions";
import { SignOutOthersButton } from "./sign-out-others-button";

function describe(userAgent: string | null) {
  if (!userAgent) return { label: "Unknown browser", mobile: false };
  const { browser, os, platform } = Bowser.parse(userAgent);
  const label = [browser.name, os.name && `on ${os.name}`].filter(Boolean).join(" ") || "Unknown browser";
  return { label, mobile: platform.type === "mobile" || platform.type === "tablet" };
}

/** Where the person is signed in, and a way to end every session but this one. */
export async function SessionsCard({
  userId,
  currentSessionId,
  timeZone,
}: {
  userId: string;
  currentSessionId: string;
  timeZone: string;
}) {
  const sessions = await listActiveSessions({ userId });
  const others = sessions.filter((session) => session.id !== currentSessionId).length;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Where you’re signed in</CardTitle>
        <CardDescription>
          A session ends after a week without use and 30 days after signing in, whichever comes first.
        </CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <ul className="divide-y divide-border rounded-xl border border-border" data-testid="sessions">
          {sessions.map((session) => {
            const { label, mobile } = describe(session.userAgent);
            const Icon = mobile ? Smartphone : Monitor;
            return (
              <li key={session.id} className="flex items-center gap-3 px-4 py-3 text-sm">
                <Icon aria-hidden className="size-4 shrink-0 text-muted-foreground" />
                <div className="min-w-0 flex-1">
                  <p className="font-medium">
                    {label}
                    {session.id === currentSessionId && (
                      <span className="ml-2 text-xs font-normal text-success">This device</span>
                    )}
                  </p>
                  <p className="text-muted-foreground">
                    Signed in {formatDate(session.createdAt, timeZone)} · last active{" "}
                    {formatDate(session.lastSeenAt, timeZone)}
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
        <SignOutOthersButton others={others} />
      </CardContent>
    </Card>
  );
}
