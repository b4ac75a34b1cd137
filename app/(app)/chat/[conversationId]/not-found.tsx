import { MessageSquareOff } from "lucide-react";
import Link from "next/link";
import { StatusPanel } from "@/components/status-panel";
import { buttonClasses } from "@/components/ui/button";

export default function ConversationNotFound() {
  return (
    <StatusPanel
      icon={MessageSquareOff}
      eyebrow="404"
      title="Conversation not found"
      description="It may have been deleted, or it belongs to another account."
      actions={
        <Link href="/chat" className={buttonClasses()}>
          Start a new chat
        </Link>
      }
    />
  );
}
