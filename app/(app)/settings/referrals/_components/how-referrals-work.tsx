import { CreditCard, Link2, UserPlus } from "lucide-react";
import { REFERRAL_BONUS } from "@/config/plans";
import { formatCredits } from "@/components/format";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

const STEPS = [
  { icon: Link2, title: "Share your link", body: "Send it to friends, or post it wherever you like." },
  {
    icon: UserPlus,
    title: "They sign up",
    body: "Anyone who creates an account through your link within 30 days counts as yours.",
  },
  {
    icon: CreditCard,
    title: "They pay for the first time",
    body: `A plan or a credit pack: you get ${formatCredits(REFERRAL_BONUS.referrer)} and they get ${formatCredits(REFERRAL_BONUS.referee)}, once per friend. Bonus credits never expire.`,
  },
];

export function HowReferralsWork() {
  return (
    <Card>
      <CardHeader>
        <CardTitle>How it works</CardTitle>
      </CardHeader>
      <CardContent>
        <ol className="grid gap-4 sm:grid-cols-3">
          {STEPS.map((step, index) => (
            <li key={step.title} className="space-y-2">
              <span className="flex size-9 items-center justify-center rounded-xl bg-accent-subtle text-accent-subtle-foreground">
                <step.icon aria-hidden className="size-4" />
              </span>
              <p className="text-sm font-medium">
                <span className="sr-only">Step {index + 1}: </span>
                {step.title}
              </p>
              <p className="text-sm text-muted-foreground">{step.body}</p>
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
