import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/session";
import { listCouncilRuns } from "@/lib/council/queries";
import { CouncilForm } from "./_components/council-form";
import { PastRuns } from "./_components/past-runs";

export const metadata: Metadata = { title: "Council" };

export default async function CouncilPage() {
  const user = await requireUser();
  const runs = await listCouncilRuns({ userId: user.id });
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-8">
      <PageHeader
        title="Council"
        description="Ask several models the same question and compare their answers side by side. Each model costs its chat price; the credits for every model are reserved first, and a model that fails is refunded."
      />
      <CouncilForm />
      <PastRuns runs={runs} timeZone={user.timeZone} />
    </div>
  );
}
