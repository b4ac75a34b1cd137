"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

export interface OAuthProvider {
  id: string;
  name: string;
}

/** One button per configured OAuth provider, then an "or" divider above the email form. */
export function OAuthButtons({
  providers,
  callbackUrl = "/chat",
}: {
  providers: OAuthProvider[];
  callbackUrl?: string;
}) {
  const [pendingId, setPendingId] = useState<string | null>(null);
  if (providers.length === 0) return null;
  return (
    <div className="space-y-6">
      <div className="grid gap-2">
        {providers.map((provider) => (
          <Button
            key={provider.id}
            variant="secondary"
            className="w-full"
            disabled={pendingId !== null}
            onClick={() => {
              setPendingId(provider.id);
              void signIn(provider.id, { callbackUrl });
            }}
          >
            {pendingId === provider.id && <Spinner />}
            Continue with {provider.name}
          </Button>
        ))}
      </div>
      <div className="flex items-center gap-3 text-xs text-muted-foreground">
        <span className="h-px flex-1 bg-border" />
        or use your email
        <span className="h-px flex-1 bg-border" />
      </div>
    </div>
  );
}
