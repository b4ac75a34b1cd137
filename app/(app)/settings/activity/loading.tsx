import { ReportSkeleton, RequestsSkeleton, ToolbarSkeleton } from "./_components/skeletons";

export default function ActivityLoading() {
  return (
    <div className="space-y-6">
      <ToolbarSkeleton />
      <ReportSkeleton />
      <RequestsSkeleton />
    </div>
  );
}
