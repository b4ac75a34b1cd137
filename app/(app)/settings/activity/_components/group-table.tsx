import { formatNumber } from "@/components/format";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ActivityFilters } from "@/lib/activity/filters";
import { getSpendByGroup, type ActivityScope } from "@/lib/activity/queries";
import { formatShare } from "../_lib/present";
import { GroupPicker } from "./group-picker";

const TITLES = { agent: "By agent", conversation: "By conversation" } as const;

/** Requests, credits and share of spend per agent or per conversation, most credits first. */
export async function GroupTable({
  scope,
  filters,
  by,
}: {
  scope: ActivityScope;
  filters: ActivityFilters;
  by: "agent" | "conversation";
}) {
  const rows = await getSpendByGroup(scope, by);
  const total = rows.reduce((sum, row) => sum + row.credits, 0);
  return (
    <Card className="overflow-hidden">
      <CardHeader className="gap-3 pb-4">
        <CardTitle>{TITLES[by]}</CardTitle>
        <CardDescription>
          {by === "agent"
            ? "What each of your agents' conversations cost, most first."
            : "What each conversation cost, most first."}{" "}
          Images, videos and Council runs are not part of a conversation
          {by === "agent" ? "; chats with an agent you deleted count as plain chats." : "."}
        </CardDescription>
        <GroupPicker filters={filters} />
      </CardHeader>
      {rows.length === 0 ? (
        <p className="px-5 pb-5 text-sm text-muted-foreground sm:px-6">No requests in this range.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[30rem] text-sm" data-testid="group-table">
            <caption className="sr-only">Requests and credits {TITLES[by].toLowerCase()}, most credits first</caption>
            <thead className="border-y border-border bg-subtle/50 text-xs text-muted-foreground">
              <tr>
                <th scope="col" className="py-2 pr-4 pl-5 text-left font-medium sm:pl-6">
                  {by === "agent" ? "Agent" : "Conversation"}
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  Requests
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  Credits
                </th>
                <th scope="col" className="py-2 pr-5 pl-4 text-right font-medium sm:pr-6">
                  Share of spend
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id ?? "no-conversation"} className="border-b border-border last:border-0">
                  <td className="max-w-[18rem] truncate py-2.5 pr-4 pl-5 sm:pl-6" title={row.label}>
                    {row.label}
                  </td>
                  <td className="px-4 py-2.5 text-right tabular-nums">{formatNumber(row.requests)}</td>
                  <td className="px-4 py-2.5 text-right tabular-nums">{formatNumber(row.credits)}</td>
                  <td className="py-2.5 pr-5 pl-4 text-right tabular-nums sm:pr-6">
                    {formatShare(row.credits, total)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
