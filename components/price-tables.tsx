import { CHAT_MODELS, IMAGE_MODELS, IMAGE_RESOLUTIONS, VIDEO_MODELS, VIDEO_RESOLUTIONS } from "@/config/pricing";
import { formatNumber } from "./format";
import { cn } from "./ui/cn";

interface PriceTableProps {
  caption: string;
  unit: string;
  columns: readonly string[];
  rows: { name: string; note?: string; prices: number[] }[];
  className?: string;
}

function PriceTable({ caption, unit, columns, rows, className }: PriceTableProps) {
  return (
    <div className={cn("overflow-x-auto rounded-2xl border border-border bg-surface shadow-sm", className)}>
      <table className="w-full text-left text-sm">
        <caption className="border-b border-border px-3 py-3 text-left sm:px-4">
          <span className="font-semibold">{caption}</span>
          <span className="ml-2 text-muted-foreground">{unit}</span>
        </caption>
        <thead className="text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="py-2 pr-2 pl-3 font-medium sm:px-4">
              Model
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-2 py-2 text-right font-medium last:pr-3 sm:px-4 sm:last:pr-4">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-border border-t border-border">
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row" className="py-2.5 pr-2 pl-3 font-medium sm:px-4">
                {row.name}
                {row.note && <span className="block text-xs font-normal text-muted-foreground">{row.note}</span>}
              </th>
              {row.prices.map((price, index) => (
                <td
                  key={columns[index]}
                  className="px-2 py-2.5 text-right font-mono tabular-nums last:pr-3 sm:px-4 sm:last:pr-4"
                >
                  {formatNumber(price)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ChatPriceTable({ className }: { className?: string }) {
  return (
    <PriceTable
      className={className}
      caption="Chat"
      unit="credits per message"
      columns={["Credits"]}
      rows={Object.values(CHAT_MODELS).map((model) => ({
        name: model.name,
        note: model.tier,
        prices: [model.creditsPerMessage],
      }))}
    />
  );
}

export function ImagePriceTable({ className }: { className?: string }) {
  return (
    <PriceTable
      className={className}
      caption="Images"
      unit="credits per image"
      // Spaces let "1792 × 1024" wrap in its header on narrow phones.
      columns={IMAGE_RESOLUTIONS.map((size) => size.replace("x", " × "))}
      rows={Object.values(IMAGE_MODELS).map((model) => ({
        name: model.name,
        prices: IMAGE_RESOLUTIONS.map((size) => model.credits[size]),
      }))}
    />
  );
}

export function VideoPriceTable({ className }: { className?: string }) {
  return (
    <PriceTable
      className={className}
      caption="Video"
      unit="credits per second"
      columns={VIDEO_RESOLUTIONS}
      rows={Object.values(VIDEO_MODELS).map((model) => ({
        name: model.name,
        prices: VIDEO_RESOLUTIONS.map((resolution) => model.creditsPerSecond[resolution]),
      }))}
    />
  );
}
