import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { ChatPanel } from "./_components/chat-panel";

export const metadata: Metadata = { title: "Chat" };

export default function ChatPage() {
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <PageHeader
        title="Chat"
        description="Each message is answered on its own for now; saved conversations are coming soon. You see the price before you send, and you pay only when an answer arrives."
      />
      <ChatPanel />
    </div>
  );
}
