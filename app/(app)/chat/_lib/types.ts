import type { ChatModelId } from "@/config/pricing";

/** A saved message as the thread shows it. */
export interface ThreadMessage {
  id: string;
  role: "USER" | "ASSISTANT";
  content: string;
  model: string | null;
  credits: number;
  status: "SUCCEEDED" | "FAILED" | "PENDING";
  /** Stopped by the person after it began: partial, and charged. */
  stopped: boolean;
  /** Ended part-way by the provider (silence, a dropped connection, the length cap): partial, and charged. */
  cutOff: boolean;
  /** The charged request behind an answer: ties a streamed answer to its saved copy. */
  requestId: string | null;
}

export interface ThreadConversation {
  id: string;
  title: string;
  totalCredits: number;
  /** The model of the latest answer, which the picker starts on. */
  model: ChatModelId;
  messages: ThreadMessage[];
}

export interface ThreadAgent {
  id: string;
  name: string;
  instructions: string;
  model: ChatModelId;
  starterPrompts: string[];
}
