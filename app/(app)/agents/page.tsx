import { Bot } from "lucide-react";
import type { Metadata } from "next";
import { CHAT_MODELS } from "@/config/pricing";
import { ComingSoon } from "@/components/coming-soon";
import { formatCreditRange } from "@/components/format";
import { ChatPriceTable } from "@/components/price-tables";

export const metadata: Metadata = { title: "Agents" };

const prices = Object.values(CHAT_MODELS).map((model) => model.creditsPerMessage);

export default function AgentsPage() {
  return (
    <div className="mx-auto max-w-4xl">
      <ComingSoon
        icon={Bot}
        title="Agents"
        description={`Give an agent a goal and let it work through the steps for you. Each step is one model call, charged at that model's chat price (${formatCreditRange(prices)} per step).`}
        points={[
          "Every step and its cost will be listed, so you can see where the credits went.",
          "A step that fails is not charged.",
        ]}
      >
        <ChatPriceTable className="max-w-md" />
      </ComingSoon>
    </div>
  );
}
