import { ImageIcon } from "lucide-react";
import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { toMediaItem } from "@/components/workspace/media";
import { MediaGallery } from "@/components/workspace/media-gallery";
import { requireUser } from "@/lib/auth/session";
import { listMedia } from "@/lib/media/queries";
import { ImageStudio } from "./_components/image-studio";

export const metadata: Metadata = { title: "Images" };

export default async function ImagesPage() {
  const user = await requireUser();
  const images = await listMedia({ userId: user.id, kind: "IMAGE" });
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-8">
      <PageHeader
        title="Images"
        description="Describe a picture and pick a model and size. The price depends on both and is shown before you generate; a failed image costs nothing."
      />
      <ImageStudio />
      <MediaGallery
        title="Your images"
        items={images.map(toMediaItem)}
        icon={ImageIcon}
        empty="Images you generate are kept here, newest first."
      />
    </div>
  );
}
