import { ImageIcon } from "lucide-react";
import type { Metadata } from "next";
import { IMAGE_MODELS, IMAGE_RESOLUTIONS } from "@/config/pricing";
import { ComingSoon } from "@/components/coming-soon";
import { formatCreditRange, formatList } from "@/components/format";
import { ImagePriceTable } from "@/components/price-tables";

export const metadata: Metadata = { title: "Images" };

const models = Object.values(IMAGE_MODELS);
const prices = models.flatMap((model) => Object.values(model.credits));

export default function ImagesPage() {
  return (
    <div className="mx-auto max-w-4xl">
      <ComingSoon
        icon={ImageIcon}
        title="Images"
        description={`Create images from a text prompt with ${formatList(models.map((model) => model.name))} at ${IMAGE_RESOLUTIONS.length} sizes. Each image will cost ${formatCreditRange(prices)}, depending on the model and resolution.`}
        points={[
          "The price of the model and size you pick is shown before you generate.",
          "Credits are charged only for images that are delivered; a failed generation costs nothing.",
        ]}
      >
        <ImagePriceTable className="max-w-xl" />
      </ComingSoon>
    </div>
  );
}
