import { CHAT_MODELS, VIDEO_DURATIONS, VIDEO_MODELS } from "@/config/pricing";
import { formatCreditRange, formatCredits } from "@/components/format";
import { ChatPriceTable, ImagePriceTable, VideoPriceTable } from "@/components/price-tables";
import { Section } from "./section";
import { SECTIONS } from "./sections";

const shortestClip = VIDEO_DURATIONS[0];
const chatPrices = Object.values(CHAT_MODELS).map((model) => model.creditsPerMessage);

export function ModelPrices() {
  return (
    <Section
      id={SECTIONS.models.id}
      eyebrow={SECTIONS.models.label}
      title="What each request costs"
      intro="Faster models cost less; premium models, larger images and longer, sharper video cost more. These are the exact prices you are charged."
    >
      <div className="grid items-start gap-4 lg:grid-cols-3">
        <ChatPriceTable />
        <ImagePriceTable />
        <VideoPriceTable />
      </div>
      <ul className="mt-6 space-y-2 text-sm text-muted-foreground">
        <li>
          Video is priced per second: a {shortestClip}-second clip at 480p with {VIDEO_MODELS.reel.name} costs{" "}
          {formatCredits(VIDEO_MODELS.reel.creditsPerSecond["480p"] * shortestClip)}.
        </li>
        <li>Council Mode and agents charge each model call at its chat price ({formatCreditRange(chatPrices)}).</li>
      </ul>
    </Section>
  );
}
