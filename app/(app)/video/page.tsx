import { Clapperboard } from "lucide-react";
import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { toMediaItem } from "@/components/workspace/media";
import { MediaGallery } from "@/components/workspace/media-gallery";
import { requireUser } from "@/lib/auth/session";
import { listMedia } from "@/lib/media/queries";
import { VideoStudio } from "./_components/video-studio";

export const metadata: Metadata = { title: "Video" };

export default async function VideoPage() {
  const user = await requireUser();
  const clips = await listMedia({ userId: user.id, kind: "VIDEO" });
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-8">
      <PageHeader
        title="Video"
        description="Turn a prompt into a short clip. Video is priced per second at the resolution you choose; the total is shown before you start, and a failed clip costs nothing."
      />
      <VideoStudio />
      <MediaGallery
        title="Your clips"
        items={clips.map(toMediaItem)}
        icon={Clapperboard}
        empty="Clips you generate are kept here, newest first."
      />
    </div>
  );
}
