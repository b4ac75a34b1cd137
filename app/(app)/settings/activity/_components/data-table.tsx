import { cn } from "@/components/ui/cn";

interface DataTableProps {
  /** The disclosure's label. */
  summary: string;
  caption: string;
  columns: { label: string; numeric?: boolean }[];
  /** The first cell of each row is its header. */
  rows: string[][];
}

/** A chart's numbers as a plain table, behind a disclosure: the accessible alternative to the chart. */
export function DataTable({ summary, caption, columns, rows }: DataTableProps) {
  const align = (i: number) => (columns[i]?.numeric ? "text-right tabular-nums" : "text-left");
  return (
    <details className="group rounded-xl border border-border text-sm">
      <summary className="cursor-pointer list-none rounded-xl px-4 py-2.5 font-medium text-muted-foreground select-none hover:text-foreground [&::-webkit-details-marker]:hidden">
        <span aria-hidden className="mr-1.5 inline-block transition-transform group-open:rotate-90">
          ›
        </span>
        {summary}
      </summary>
      <div className="max-h-96 overflow-auto border-t border-border">
        <table className="w-full">
          <caption className="sr-only">{caption}</caption>
          <thead className="sticky top-0 bg-surface text-xs text-muted-foreground">
            <tr>
              {columns.map((column, i) => (
                <th key={column.label} scope="col" className={cn("px-3 py-2 font-medium whitespace-nowrap", align(i))}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {rows.map(([head, ...cells]) => (
              <tr key={head}>
                <th scope="row" className="px-3 py-2 text-left font-medium whitespace-nowrap">
                  {head}
                </th>
                {cells.map((cell, i) => (
                  <td
                    key={columns[i + 1]?.label}
                    className={cn(
                      "px-3 py-2",
                      align(i + 1),
                      !columns[i + 1]?.numeric && "min-w-64 text-muted-foreground",
                    )}
                  >
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
