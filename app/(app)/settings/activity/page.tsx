import { History } from "lucide-react";
import type { Metadata } from "next";
import { ComingSoon } from "@/components/coming-soon";

export const metadata: Metadata = { title: "Activity" };

export default function ActivityPage() {
  return (
    <ComingSoon
      level={2}
      icon={History}
      title="Activity"
      description="Every credit in and out of your balance, in one place."
      points={[
        "Each request with its model, what it cost and when it ran.",
        "Failed requests, shown as refunded so you can see you were not charged.",
        "Monthly allowances, credit packs and referral bonuses as they arrive.",
      ]}
    />
  );
}
