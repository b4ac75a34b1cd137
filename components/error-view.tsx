"use client";

import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useEffect } from "react";
import { StatusPanel } from "./status-panel";
import { Button, buttonClasses } from "./ui/button";

interface ErrorViewProps {
  error: unknown;
  retry: () => void;
  /** Where to go if trying again does not help. */
  fallback: { href: string; label: string };
}

/** What error.tsx boundaries show: no details (they may be sensitive), a retry and a way out. */
export function ErrorView({ error, retry, fallback }: ErrorViewProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <StatusPanel
      icon={TriangleAlert}
      eyebrow={digest ? `Error reference ${digest}` : "Error"}
      title="Something went wrong"
      description="This page could not be shown. Try again, and if it keeps happening, come back in a few minutes."
      actions={
        <>
          <Button onClick={retry}>Try again</Button>
          <Link href={fallback.href} className={buttonClasses({ variant: "secondary" })}>
            {fallback.label}
          </Link>
        </>
      }
    />
  );
}
