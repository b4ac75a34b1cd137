import { UsersRound } from "lucide-react";
import type { Metadata } from "next";
import { CHAT_MODELS } from "@/config/pricing";
import { ComingSoon } from "@/components/coming-soon";
import { formatCreditRange, formatCredits, formatList } from "@/components/format";
import { ChatPriceTable } from "@/components/price-tables";

export const metadata: Metadata = { title: "Council" };

const models = Object.values(CHAT_MODELS);
const example = [CHAT_MODELS.swift, CHAT_MODELS.nimbus, CHAT_MODELS.sage];

export default function CouncilPage() {
  return (
    <div className="mx-auto max-w-4xl">
      <ComingSoon
        icon={UsersRound}
        title="Council Mode"
        description={`Ask several models the same question at once and compare their answers side by side. Each model on the council is charged its chat price (${formatCreditRange(models.map((model) => model.creditsPerMessage))}).`}
        points={[
          `For example, a council of ${formatList(example.map((model) => model.name))} costs ${formatCredits(example.reduce((sum, model) => sum + model.creditsPerMessage, 0))} per question.`,
          "The total is shown before you ask, and a model that fails to answer is not charged.",
        ]}
      >
        <ChatPriceTable className="max-w-md" />
      </ComingSoon>
    </div>
  );
}
