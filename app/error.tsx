"use client";

import { ErrorView } from "@/components/error-view";

export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="main" className="px-4">
      <ErrorView error={error} retry={retry} fallback={{ href: "/", label: "Go to the home page" }} />
    </main>
  );
}
