import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatDate } from "@/components/format";
import { Card } from "@/components/ui/card";
import { getRecentEmails } from "@/lib/email/queries";
import { env, isMachineLocal } from "@/lib/env";
import { Logo } from "@/components/logo";
import { ThemeToggle } from "@/components/theme-toggle";
import { EmailBody } from "./_components/email-body";

export const metadata: Metadata = { title: "Outbox" };

/**
 * Machine-local servers only (a local run, `next dev`, tests): the last emails Tally wrote, with their
 * links, so a newcomer without SMTP can still verify. A public server answers 404: the links are keys.
 */
type Props = { searchParams: Promise<{ to?: string | string[] }> };

type EmailState = { sentAt: Date | null; failedAt: Date | null; attempts: number; lastError: string | null };
function deliveryState(email: EmailState, smtp: boolean) {
  if (email.sentAt) return "sent";
  if (email.failedAt) return `given up: ${email.lastError}`;
  if (!smtp) return "not sent (no SMTP)";
  if (email.attempts > 0)
    return `retrying after ${email.attempts} attempt${email.attempts === 1 ? "" : "s"}: ${email.lastError}`;
  return "queued";
}

export default async function OutboxPage({ searchParams }: Props) {
  // Read first: the page must be rendered per request, never prerendered as a 404 at build time.
  const { to } = await searchParams;
  if (!isMachineLocal(env())) notFound();
  const emails = await getRecentEmails({ limit: 20, to: typeof to === "string" ? to : undefined });
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex h-16 w-full max-w-3xl items-center justify-between px-4 sm:px-6">
        <Logo />
        <ThemeToggle />
      </header>
      <main id="main" className="mx-auto w-full max-w-3xl space-y-4 px-4 pb-16 sm:px-6">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Outbox</h1>
          <p className="mt-1 text-sm text-muted-foreground">
            The last emails this server wrote. Only shown on a server nobody else can reach; with <code>SMTP_URL</code>{" "}
            set they are sent too.
          </p>
        </div>
        {emails.length === 0 ? (
          <p className="rounded-xl border border-dashed border-border px-4 py-6 text-center text-sm text-muted-foreground">
            No emails yet.
          </p>
        ) : (
          emails.map((email) => (
            <Card
              key={email.id}
              role="article"
              aria-label={`${email.subject}, to ${email.to}`}
              className="space-y-2 p-5"
            >
              <div className="flex flex-wrap items-baseline justify-between gap-x-4 text-sm">
                <h2 className="font-semibold">{email.subject}</h2>
                <time dateTime={email.createdAt.toISOString()} className="text-muted-foreground">
                  {formatDate(email.createdAt, "UTC")} {email.createdAt.toISOString().slice(11, 16)} UTC
                </time>
              </div>
              <p className="text-sm text-muted-foreground">
                To <span className="font-medium break-all text-foreground">{email.to}</span> ·{" "}
                {deliveryState(email, Boolean(env().SMTP_URL))}
              </p>
              <EmailBody body={email.body} />
            </Card>
          ))
        )}
      </main>
    </div>
  );
}
