import type { LucideIcon } from "lucide-react";
import { EmptyState } from "./empty-state";
import type { MediaItem } from "./media";
import { MediaCard } from "./media-card";

/** The person's images or clips, newest first. */
export function MediaGallery({
  title,
  items,
  icon,
  empty,
}: {
  title: string;
  items: MediaItem[];
  icon: LucideIcon;
  empty: string;
}) {
  return (
    <section aria-labelledby="gallery-title" className="space-y-4">
      <div className="flex items-baseline justify-between gap-4">
        <h2 id="gallery-title" className="text-lg font-semibold tracking-tight">
          {title}
        </h2>
        {items.length > 0 && (
          <p className="text-sm text-muted-foreground tabular-nums">
            {items.length === 1 ? "1 item" : `${items.length} items`}
          </p>
        )}
      </div>
      {items.length === 0 ? (
        <EmptyState icon={icon} description={empty} />
      ) : (
        <ul data-testid="gallery" className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {items.map((item) => (
            <li key={item.id}>
              <MediaCard item={item} className="h-full" />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
