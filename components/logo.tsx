import Link from "next/link";
import { cn } from "./ui/cn";

function TallyMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden className={className}>
      <rect width="32" height="32" rx="8" className="fill-accent" />
      <g className="stroke-accent-foreground" strokeWidth="2.4" strokeLinecap="round">
        <path d="M9 9v14M13.5 9v14M18 9v14M22.5 9v14" />
        <path d="M6.5 20.5 25 11.5" />
      </g>
    </svg>
  );
}

interface LogoProps {
  href?: string;
  label?: string;
  className?: string;
  /** Lets a narrow header keep only the mark. */
  wordmarkClassName?: string;
}

export function Logo({ href = "/", label = "Tally home", className, wordmarkClassName }: LogoProps) {
  return (
    <Link
      href={href}
      aria-label={label}
      className={cn("inline-flex items-center gap-2 rounded-lg font-semibold tracking-tight", className)}
    >
      <TallyMark className="size-7 shrink-0" />
      <span className={cn("text-lg", wordmarkClassName)}>Tally</span>
    </Link>
  );
}
