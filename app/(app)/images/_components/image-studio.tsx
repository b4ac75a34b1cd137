"use client";

import { ImageIcon } from "lucide-react";
import { useState } from "react";
import {
  DIMENSIONS,
  IMAGE_MODEL_IDS,
  IMAGE_MODELS,
  IMAGE_RESOLUTIONS,
  type ImageModelId,
  type ImageResolution,
} from "@/config/pricing";
import { ChoiceGroup } from "@/components/workspace/choice-group";
import { GenerateForm } from "@/components/workspace/generate-form";
import { IMAGE_MODEL_OPTIONS } from "@/components/workspace/model-options";
import { ModelSelect } from "@/components/workspace/model-select";
import { generateImage } from "@/lib/media/actions/generate-image";

const SIZES = IMAGE_RESOLUTIONS.map((value) => ({ value, label: value.replace("x", " × ") }));

export function ImageStudio() {
  const [model, setModel] = useState<ImageModelId>(IMAGE_MODEL_IDS[0]);
  const [resolution, setResolution] = useState<ImageResolution>("1024x1024");
  return (
    <GenerateForm
      id="image"
      placeholder="A lighthouse on a cliff at dawn, watercolour"
      price={IMAGE_MODELS[model].credits[resolution]}
      optionsKey={`${model}:${resolution}`}
      submitLabel="Generate"
      pendingLabel="Generating…"
      emptyLabel="Your image will appear here."
      emptyIcon={ImageIcon}
      aspect={DIMENSIONS[resolution]}
      generate={(requestId, prompt) => generateImage({ requestId, prompt, model, resolution })}
      toItem={(prompt, media) => ({ ...media, id: media.mediaId, kind: "IMAGE", prompt, resolution })}
      options={
        <div className="flex flex-col gap-5 sm:flex-row sm:flex-wrap sm:items-start">
          <ModelSelect id="image-model" models={IMAGE_MODEL_OPTIONS} value={model} onChange={setModel} />
          <ChoiceGroup
            legend="Resolution"
            name="resolution"
            options={SIZES}
            value={resolution}
            onChange={setResolution}
          />
        </div>
      }
    />
  );
}
