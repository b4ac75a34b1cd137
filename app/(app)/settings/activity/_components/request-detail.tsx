import { SearchX } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { CREDIT_SOURCE_LABELS } from "@/components/credit-sources";
import { formatCredits, formatNumber } from "@/components/format";
import { activityHref, type ActivityFilters } from "@/lib/activity/filters";
import { getRequestDetail } from "@/lib/activity/queries";
import { formatDateTime, formatLatency, formatUnits, KIND_LABELS, modelColor, modelName } from "../_lib/present";
import { StatusPill } from "./status-pill";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-2">
      <h3 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">{title}</h3>
      {children}
    </section>
  );
}

const signed = (delta: number) => (delta > 0 ? `+${formatNumber(delta)}` : `−${formatNumber(Math.abs(delta))}`);

/** One request: what it was, what it cost, the conversation or council run it belonged to, and its ledger entries. */
export async function RequestDetail({
  userId,
  id,
  timeZone,
  filters,
}: {
  userId: string;
  id: string;
  timeZone: string;
  filters: ActivityFilters;
}) {
  const detail = await getRequestDetail({ userId, id });
  if (!detail) {
    return (
      <div className="flex flex-col items-center py-6 text-center">
        <SearchX aria-hidden className="size-8 text-muted-foreground" />
        <h2 id="request-title" className="mt-3 text-lg font-semibold">
          Request not found
        </h2>
        <p className="mt-1 text-sm text-muted-foreground">This request does not exist or is not yours.</p>
      </div>
    );
  }
  const { request, ledger, conversation, council, expiredRefund } = detail;
  const refunded = request.status === "FAILED_REFUNDED";
  const facts: [string, ReactNode, string?][] = [
    [
      "Started",
      <time key="t" dateTime={request.createdAt.toISOString()}>
        {formatDateTime(request.createdAt, timeZone, { seconds: true })}
      </time>,
    ],
    ["Kind", KIND_LABELS[request.kind]],
    ["Priced on", formatUnits(request.units)],
    ["Took", formatLatency(request.latencyMs)],
    [
      "Request ID",
      <code key="id" className="font-mono text-xs break-all">
        {request.requestId}
      </code>,
      "sm:col-span-2",
    ],
  ];
  return (
    <div className="space-y-6" data-testid="request-detail">
      <header className="space-y-3 pr-10">
        <h2 id="request-title" className="flex items-center gap-2 text-lg font-semibold tracking-tight">
          <span className="size-3 rounded-full" style={{ backgroundColor: modelColor(request.model) }} aria-hidden />
          {modelName(request.model)} · {KIND_LABELS[request.kind]}
        </h2>
        <p className="flex flex-wrap items-center gap-3">
          <span className="text-3xl font-semibold tracking-tight tabular-nums" data-testid="detail-credits">
            {formatCredits(request.credits)}
          </span>
          <StatusPill status={request.status} />
        </p>
        {refunded && (
          <p className="text-sm text-muted-foreground" data-testid="refund-note">
            {expiredRefund > 0 ? (
              <>
                <span className="font-medium text-foreground">Refunded — expired with your last period.</span> The model
                failed after your monthly allowance reset, so the {formatCredits(expiredRefund)} held for this request
                returned to last period&rsquo;s allowance, which had already expired. Allowance credits never roll over;
                your new period&rsquo;s allowance was not touched.
              </>
            ) : (
              "The model failed, so the credits held for this request went back to your balance."
            )}
          </p>
        )}
      </header>

      <dl className="grid gap-x-6 gap-y-3 rounded-xl bg-subtle/60 p-4 text-sm sm:grid-cols-2">
        {facts.map(([label, value, className]) => (
          <div key={label} className={className}>
            <dt className="text-xs text-muted-foreground">{label}</dt>
            <dd className="font-medium">{value}</dd>
          </div>
        ))}
      </dl>

      {conversation && (
        <Section title={conversation.agentName ? "Agent conversation" : "Conversation"}>
          <p className="text-sm">
            <span className="font-medium">{conversation.title}</span>
            {conversation.agentName && <span className="text-muted-foreground"> · with {conversation.agentName}</span>}
          </p>
        </Section>
      )}

      {council && (
        <Section title="Council run">
          {council.prompt && (
            <blockquote className="line-clamp-3 border-l-2 border-border pl-3 text-sm text-muted-foreground">
              {council.prompt}
            </blockquote>
          )}
          <table className="w-full text-sm" data-testid="council-charges">
            <caption className="sr-only">What each model on the council cost</caption>
            <tbody className="divide-y divide-border">
              {council.answers.map((answer) => (
                <tr
                  key={answer.id}
                  aria-current={answer.id === request.id ? "true" : undefined}
                  className="aria-[current]:font-medium"
                >
                  <th scope="row" className="py-2 text-left font-normal">
                    <span className="inline-flex items-center gap-2">
                      <span
                        className="size-2.5 rounded-full"
                        style={{ backgroundColor: modelColor(answer.model) }}
                        aria-hidden
                      />
                      {modelName(answer.model)}
                      {answer.id === request.id && (
                        <span className="text-xs text-muted-foreground">(this request)</span>
                      )}
                    </span>
                  </th>
                  <td className="py-2 text-right">
                    <StatusPill status={answer.status} />
                  </td>
                  <td className="py-2 pl-4 text-right tabular-nums">{formatCredits(answer.credits)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t border-border font-medium">
              <tr>
                <th scope="row" className="py-2 text-left">
                  Run total
                </th>
                <td />
                <td className="py-2 pl-4 text-right tabular-nums">
                  {formatCredits(council.answers.reduce((sum, answer) => sum + answer.credits, 0))}
                </td>
              </tr>
            </tfoot>
          </table>
        </Section>
      )}

      <Section title="Ledger entries">
        {ledger.length > 0 ? (
          <table className="w-full text-sm" data-testid="ledger-entries">
            <caption className="sr-only">Balance changes this request made</caption>
            <thead className="text-xs text-muted-foreground">
              <tr>
                <th scope="col" className="py-1.5 text-left font-medium">
                  Paid from
                </th>
                <th scope="col" className="py-1.5 text-right font-medium">
                  Change
                </th>
                <th scope="col" className="py-1.5 text-right font-medium">
                  Balance after
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {ledger.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row" className="py-2 text-left font-normal">
                    {entry.source ? CREDIT_SOURCE_LABELS[entry.source] : "Credits"}
                  </th>
                  <td className="py-2 text-right font-medium tabular-nums">{signed(entry.delta)}</td>
                  <td className="py-2 text-right tabular-nums">{formatNumber(entry.balanceAfter)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-sm text-muted-foreground">
            {refunded ? "None: nothing was charged, so your balance never changed." : "None: this request was free."}
          </p>
        )}
      </Section>

      <p className="text-sm">
        <Link
          href={activityHref(filters, { model: request.model })}
          scroll={false}
          className="font-medium text-accent underline-offset-2 hover:underline"
        >
          Show only {modelName(request.model)}
        </Link>
      </p>
    </div>
  );
}

export function RequestDetailSkeleton() {
  return (
    <div className="space-y-6" aria-busy>
      <h2 id="request-title" className="sr-only">
        Loading the request
      </h2>
      <div className="space-y-3">
        <div className="h-6 w-48 animate-pulse rounded-md bg-subtle" />
        <div className="h-9 w-32 animate-pulse rounded-md bg-subtle" />
      </div>
      <div className="h-32 animate-pulse rounded-xl bg-subtle" />
      <div className="h-24 animate-pulse rounded-xl bg-subtle" />
    </div>
  );
}
