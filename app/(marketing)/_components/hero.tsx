import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { PLANS } from "@/config/plans";
import { CHAT_MODELS, IMAGE_MODELS, VIDEO_DURATIONS, VIDEO_MODELS } from "@/config/pricing";
import { formatCredits, formatNumber } from "@/components/format";
import { buttonClasses } from "@/components/ui/button";
import { SECTIONS } from "./sections";

const allowance = PLANS.FREE.monthlyCredits;
const clipSeconds = VIDEO_DURATIONS[0];

function howMany(price: number, singular: string, plural: string) {
  const count = Math.floor(allowance / price);
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}

const EXAMPLES = [
  {
    what: howMany(CHAT_MODELS.swift.creditsPerMessage, "message", "messages"),
    detail: `with ${CHAT_MODELS.swift.name}`,
  },
  { what: howMany(CHAT_MODELS.sage.creditsPerMessage, "message", "messages"), detail: `with ${CHAT_MODELS.sage.name}` },
  {
    what: howMany(IMAGE_MODELS.prism.credits["1024x1024"], "image", "images"),
    detail: `with ${IMAGE_MODELS.prism.name} at 1024×1024`,
  },
  {
    what: howMany(
      VIDEO_MODELS.reel.creditsPerSecond["480p"] * clipSeconds,
      `${clipSeconds}-second clip`,
      `${clipSeconds}-second clips`,
    ),
    detail: `with ${VIDEO_MODELS.reel.name} at 480p`,
  },
];

export function Hero() {
  return (
    <section aria-labelledby="hero-title" className="border-b border-border">
      <div className="mx-auto grid max-w-6xl items-center gap-12 px-4 py-16 sm:px-6 sm:py-24 lg:grid-cols-[1.2fr_1fr]">
        <div>
          <p className="inline-flex items-center rounded-full border border-border bg-surface px-3 py-1 text-sm text-muted-foreground">
            One balance for every AI tool
          </p>
          <h1
            id="hero-title"
            className="mt-6 text-4xl font-semibold tracking-tight text-balance sm:text-5xl lg:text-6xl"
          >
            AI credits you can trust.
          </h1>
          <p className="mt-6 max-w-xl text-lg text-pretty text-muted-foreground">
            Chat, images, video, Council Mode and agents, paid from one credit balance. Every request shows its price
            before you send it, and a request that fails costs nothing.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href="/sign-up" className={buttonClasses({ size: "lg" })}>
              Start free
              <ArrowRight aria-hidden />
            </Link>
            <Link href={`#${SECTIONS.pricing.id}`} className={buttonClasses({ variant: "secondary", size: "lg" })}>
              Compare plans
            </Link>
          </div>
          <p className="mt-4 text-sm text-muted-foreground">
            {formatCredits(allowance)} every month on the Free plan. No card needed.
          </p>
        </div>
        <figure className="rounded-2xl border border-border bg-surface p-6 shadow-sm">
          <figcaption className="text-sm font-medium text-muted-foreground">
            What the Free plan&apos;s {formatCredits(allowance)} buy each month
          </figcaption>
          <ul className="mt-4 divide-y divide-border">
            {EXAMPLES.map((example) => (
              <li key={example.detail} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-3">
                <span className="text-lg font-semibold tracking-tight">{example.what}</span>
                <span className="text-sm text-muted-foreground">{example.detail}</span>
              </li>
            ))}
          </ul>
          <p className="mt-4 text-xs text-muted-foreground">
            Or any mix of them. Prices come straight from the table below.
          </p>
        </figure>
      </div>
    </section>
  );
}
