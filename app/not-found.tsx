import { Compass } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Logo } from "@/components/logo";
import { StatusPanel } from "@/components/status-panel";
import { buttonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex h-16 w-full max-w-6xl items-center px-4 sm:px-6">
        <Logo />
      </header>
      <main id="main" className="flex flex-1 items-center justify-center px-4">
        <StatusPanel
          icon={Compass}
          eyebrow="404"
          title="Page not found"
          description="The page you are looking for does not exist or has moved."
          actions={
            <>
              <Link href="/" className={buttonClasses()}>
                Go to the home page
              </Link>
              <Link href="/chat" className={buttonClasses({ variant: "secondary" })}>
                Open the app
              </Link>
            </>
          }
        />
      </main>
    </div>
  );
}
