import {
  CHAT_MODEL_IDS,
  CHAT_MODELS,
  IMAGE_MODEL_IDS,
  IMAGE_MODELS,
  VIDEO_MODEL_IDS,
  VIDEO_MODELS,
} from "@/config/pricing";
import { formatCredits } from "@/components/format";

/** The model pickers' options, each labelled with its price from the price table. */
export const CHAT_MODEL_OPTIONS = CHAT_MODEL_IDS.map((id) => ({
  id,
  label: `${CHAT_MODELS[id].name} — ${formatCredits(CHAT_MODELS[id].creditsPerMessage)}`,
}));

export const IMAGE_MODEL_OPTIONS = IMAGE_MODEL_IDS.map((id) => {
  const prices = Object.values(IMAGE_MODELS[id].credits);
  return { id, label: `${IMAGE_MODELS[id].name} — ${Math.min(...prices)} to ${formatCredits(Math.max(...prices))}` };
});

export const VIDEO_MODEL_OPTIONS = VIDEO_MODEL_IDS.map((id) => {
  const prices = Object.values(VIDEO_MODELS[id].creditsPerSecond);
  return {
    id,
    label: `${VIDEO_MODELS[id].name} — ${Math.min(...prices)} to ${formatCredits(Math.max(...prices))} per second`,
  };
});
