import { Download } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { describeMedia, mediaUrl, type MediaItem } from "./media";
import { CostLine } from "./cost-line";

/**
 * One image or clip with its caption, cost and a download link. A real video (MP4/WebM from a provider)
 * plays in a <video> with controls and its poster; the local model's clips are animated GIFs, shown as
 * an <img> that plays without a player.
 */
export function MediaCard({
  item,
  size = "tile",
  className,
}: {
  item: MediaItem;
  size?: "tile" | "result";
  className?: string;
}) {
  const what = item.kind === "VIDEO" ? "clip" : "image";
  const classes = cn("h-auto w-full object-contain", size === "result" ? "max-h-[32rem]" : "aspect-video object-cover");
  return (
    <figure
      className={cn("flex flex-col overflow-hidden rounded-2xl border border-border bg-surface shadow-sm", className)}
    >
      <div className="flex items-center justify-center bg-subtle">
        {item.mimeType.startsWith("video/") ? (
          <video
            src={mediaUrl(item.id)}
            poster={item.hasPoster ? mediaUrl(item.id, "poster") : undefined}
            controls
            playsInline
            preload={item.hasPoster ? "none" : "metadata"}
            aria-label={`Generated clip: ${item.prompt}`}
            width={item.width}
            height={item.height}
            className={classes}
          />
        ) : (
          // eslint-disable-next-line @next/next/no-img-element -- a private, generated file served by our own route
          <img
            src={mediaUrl(item.id)}
            alt={`Generated ${what}: ${item.prompt}`}
            width={item.width}
            height={item.height}
            loading={size === "result" ? "eager" : "lazy"}
            className={classes}
          />
        )}
      </div>
      <figcaption className="flex flex-1 flex-col gap-2 p-3 sm:p-4">
        <p className={cn("text-sm font-medium break-words", size === "tile" && "line-clamp-2")}>{item.prompt}</p>
        <p className="text-xs text-muted-foreground">{describeMedia(item)}</p>
        <div className="mt-auto flex flex-wrap items-center justify-between gap-2 pt-1">
          <CostLine
            outcome={{ kind: "charged", credits: item.credits }}
            testId={size === "result" ? "result-cost" : undefined}
          />
          <a
            href={mediaUrl(item.id, "download")}
            download
            className={buttonClasses({ variant: "secondary", size: "sm" })}
          >
            <Download aria-hidden />
            Download<span className="sr-only"> {what}</span>
          </a>
        </div>
      </figcaption>
    </figure>
  );
}
