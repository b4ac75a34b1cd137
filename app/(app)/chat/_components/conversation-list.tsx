"use client";

import { Bot, ChevronDown, Ellipsis, MessagesSquare, Pencil, Plus, Trash2 } from "lucide-react";
import Link from "next/link";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { usePathname, useRouter } from "next/navigation";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/field";
import type { ActionError } from "@/components/workspace/action-error";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { WithTooltip } from "@/components/ui/tooltip";
import { ErrorNotice } from "@/components/workspace/error-notice";
import { deleteConversation } from "@/lib/chat/actions/delete-conversation";
import { renameConversation } from "@/lib/chat/actions/rename-conversation";

export interface ConversationSummary {
  id: string;
  title: string;
  agentName: string | null;
}

/** Past conversations: open, rename inline, delete after a confirmation. A disclosure on small screens. */
export function ConversationList({ conversations }: { conversations: ConversationSummary[] }) {
  const pathname = usePathname();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<ConversationSummary | null>(null);
  const [error, setError] = useState<ActionError | null>(null);
  const [deleteError, setDeleteError] = useState<ActionError | null>(null);
  const [pending, startTransition] = useTransition();
  const [openedFrom, setOpenedFrom] = useState(pathname);

  // Opening a conversation on a phone closes the list, so the thread is what the person sees.
  if (openedFrom !== pathname) {
    setOpenedFrom(pathname);
    setOpen(false);
  }

  function rename(id: string, title: string) {
    const current = conversations.find((conversation) => conversation.id === id);
    setRenaming(null);
    if (!title.trim() || title.trim() === current?.title) return;
    startTransition(async () => {
      const result = await renameConversation({ conversationId: id, title });
      setError(result.ok ? null : result);
      router.refresh();
    });
  }

  function confirmDelete() {
    if (!deleting) return;
    const { id } = deleting;
    startTransition(async () => {
      const result = await deleteConversation({ conversationId: id });
      if (!result.ok) {
        setDeleteError(result);
        return;
      }
      setDeleting(null);
      if (pathname === `/chat/${id}`) router.replace("/chat");
      router.refresh();
    });
  }

  return (
    <div className="flex flex-col gap-3 lg:sticky lg:top-24 lg:max-h-[calc(100dvh-8rem)]">
      <div className="flex items-center gap-2">
        <Button
          variant="secondary"
          className="flex-1 justify-between lg:hidden"
          aria-expanded={open}
          aria-controls="conversation-list"
          onClick={() => setOpen((value) => !value)}
        >
          <span className="flex items-center gap-2">
            <MessagesSquare aria-hidden />
            Conversations
          </span>
          <ChevronDown aria-hidden className={cn("transition-transform", open && "rotate-180")} />
        </Button>
        <Link href="/chat" className={buttonClasses({ className: "lg:flex-1" })}>
          <Plus aria-hidden />
          New chat
        </Link>
      </div>

      <nav
        id="conversation-list"
        aria-label="Conversations"
        className={cn("min-h-0 flex-1 overflow-y-auto lg:block", open ? "block" : "hidden")}
      >
        {error && <ErrorNotice error={error} className="mb-2" />}
        {conversations.length === 0 ? (
          <p className="rounded-xl border border-dashed border-border px-3 py-4 text-center text-sm text-muted-foreground">
            Your conversations will appear here.
          </p>
        ) : (
          <ul className="space-y-0.5 rounded-xl border border-border bg-surface p-1.5 lg:border-0 lg:bg-transparent lg:p-0">
            {conversations.map((conversation) => {
              const href = `/chat/${conversation.id}`;
              const active = pathname === href;
              return (
                <li key={conversation.id} className="group relative">
                  {renaming === conversation.id ? (
                    <RenameForm title={conversation.title} onDone={(title) => rename(conversation.id, title)} />
                  ) : (
                    <>
                      <Link
                        href={href}
                        aria-current={active ? "page" : undefined}
                        className={cn(
                          "flex min-h-10 flex-col justify-center rounded-lg py-2 pr-10 pl-3 text-sm transition-colors",
                          active ? "bg-accent-subtle text-accent-subtle-foreground" : "text-foreground hover:bg-subtle",
                        )}
                      >
                        <span className="truncate font-medium">{conversation.title}</span>
                        {conversation.agentName && (
                          <span
                            className={cn(
                              "flex items-center gap-1 truncate text-xs",
                              active ? "opacity-80" : "text-muted-foreground",
                            )}
                          >
                            <Bot aria-hidden className="size-3" />
                            {conversation.agentName}
                          </span>
                        )}
                      </Link>
                      <DropdownMenu>
                        <WithTooltip label="Rename or delete">
                          <DropdownMenuTrigger
                            aria-label={`Actions for “${conversation.title}”`}
                            className="absolute top-1/2 right-1 flex size-8 -translate-y-1/2 items-center justify-center rounded-md text-muted-foreground transition-opacity hover:bg-background hover:text-foreground data-[state=open]:opacity-100 lg:group-focus-within:opacity-100 lg:group-hover:opacity-100 lg:pointer-fine:opacity-0"
                          >
                            <Ellipsis aria-hidden className="size-4" />
                          </DropdownMenuTrigger>
                        </WithTooltip>
                        <DropdownMenuContent align="end" className="w-44">
                          <DropdownMenuItem onSelect={() => setRenaming(conversation.id)}>
                            <Pencil aria-hidden />
                            Rename
                          </DropdownMenuItem>
                          <DropdownMenuItem variant="danger" onSelect={() => setDeleting(conversation)}>
                            <Trash2 aria-hidden />
                            Delete
                          </DropdownMenuItem>
                        </DropdownMenuContent>
                      </DropdownMenu>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </nav>

      <ConfirmDialog
        open={deleting !== null}
        title="Delete this conversation?"
        description={
          <>
            <span className="font-medium text-foreground">“{deleting?.title}”</span> and its messages will be deleted.
            Its charges stay in your activity.
          </>
        }
        confirmLabel="Delete conversation"
        pending={pending}
        error={deleteError && <ErrorNotice error={deleteError} />}
        onConfirm={confirmDelete}
        onClose={() => {
          setDeleting(null);
          setDeleteError(null);
        }}
      />
    </div>
  );
}

function RenameForm({ title, onDone }: { title: string; onDone: (title: string) => void }) {
  const [value, setValue] = useState(title);
  // Enter, Escape and blur can all end the edit; only the first one counts.
  const finished = useRef(false);
  const finish = (next: string) => {
    if (finished.current) return;
    finished.current = true;
    onDone(next);
  };
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    finish(value);
  }
  return (
    <form onSubmit={handleSubmit} className="p-0.5">
      <Input
        aria-label="Conversation title"
        value={value}
        maxLength={80}
        autoFocus
        onChange={(event) => setValue(event.target.value)}
        onBlur={() => finish(value)}
        onKeyDown={(event) => {
          if (event.key === "Escape") finish(title);
        }}
        className="h-9"
      />
    </form>
  );
}
