import { Clapperboard } from "lucide-react";
import type { Metadata } from "next";
import { VIDEO_DURATIONS, VIDEO_MODELS, VIDEO_RESOLUTIONS } from "@/config/pricing";
import { ComingSoon } from "@/components/coming-soon";
import { formatCreditRange, formatList } from "@/components/format";
import { VideoPriceTable } from "@/components/price-tables";

export const metadata: Metadata = { title: "Video" };

const models = Object.values(VIDEO_MODELS);
const perSecond = models.flatMap((model) => Object.values(model.creditsPerSecond));
const clipPrices = VIDEO_DURATIONS.flatMap((seconds) => perSecond.map((price) => price * seconds));

export default function VideoPage() {
  return (
    <div className="mx-auto max-w-4xl">
      <ComingSoon
        icon={Clapperboard}
        title="Video"
        description={`Turn a prompt into a short clip with ${formatList(models.map((model) => model.name), "or")}: ${formatList(VIDEO_DURATIONS, "or")} seconds long at ${formatList(VIDEO_RESOLUTIONS, "or")}. Video is priced per second, so a clip will cost ${formatCreditRange(clipPrices)}.`}
        points={[
          "The clip's total price is shown before you start it.",
          "Credits are reserved while the clip renders and released in full if it fails.",
        ]}
      >
        <VideoPriceTable className="max-w-xl" />
      </ComingSoon>
    </div>
  );
}
