"use client";

import { Clapperboard } from "lucide-react";
import { useState } from "react";
import {
  DIMENSIONS,
  VIDEO_DURATIONS,
  VIDEO_MODEL_IDS,
  VIDEO_MODELS,
  VIDEO_RESOLUTIONS,
  type VideoDuration,
  type VideoModelId,
  type VideoResolution,
} from "@/config/pricing";
import { ChoiceGroup } from "@/components/workspace/choice-group";
import { GenerateForm } from "@/components/workspace/generate-form";
import { VIDEO_MODEL_OPTIONS } from "@/components/workspace/model-options";
import { ModelSelect } from "@/components/workspace/model-select";
import { generateVideo } from "@/lib/media/actions/generate-video";

const DURATIONS = VIDEO_DURATIONS.map((value) => ({ value, label: `${value} s` }));
const RESOLUTIONS = VIDEO_RESOLUTIONS.map((value) => ({ value, label: value }));

export function VideoStudio() {
  const [model, setModel] = useState<VideoModelId>(VIDEO_MODEL_IDS[0]);
  const [seconds, setSeconds] = useState<VideoDuration>(VIDEO_DURATIONS[0]);
  const [resolution, setResolution] = useState<VideoResolution>(VIDEO_RESOLUTIONS[0]);
  const perSecond = VIDEO_MODELS[model].creditsPerSecond[resolution];
  return (
    <GenerateForm
      id="video"
      placeholder="Waves rolling onto a beach at sunset, slow pan"
      price={perSecond * seconds}
      optionsKey={`${model}:${seconds}:${resolution}`}
      submitLabel="Generate video"
      pendingLabel="Rendering…"
      emptyLabel="Your clip will play here."
      emptyIcon={Clapperboard}
      aspect={DIMENSIONS[resolution]}
      generate={(requestId, prompt) => generateVideo({ requestId, prompt, model, resolution, seconds })}
      toItem={(prompt, media) => ({ ...media, id: media.mediaId, kind: "VIDEO", prompt, resolution, seconds })}
      options={
        <div className="space-y-5">
          <ModelSelect id="video-model" models={VIDEO_MODEL_OPTIONS} value={model} onChange={setModel} />
          <div className="flex flex-col gap-5 sm:flex-row sm:flex-wrap">
            <ChoiceGroup legend="Duration" name="seconds" options={DURATIONS} value={seconds} onChange={setSeconds} />
            <ChoiceGroup
              legend="Resolution"
              name="resolution"
              options={RESOLUTIONS}
              value={resolution}
              onChange={setResolution}
            />
          </div>
          <p className="text-xs text-muted-foreground tabular-nums">
            {VIDEO_MODELS[model].name} at {resolution}: {perSecond} credits per second × {seconds} s
          </p>
        </div>
      }
    />
  );
}
