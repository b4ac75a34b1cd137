import type { ReactNode } from "react";

// Bold, italic (not inside words such as snake_case) and inline code: the Markdown models use most.
const INLINE = /(\*\*[^*\n]+\*\*|(?<!\w)_[^_\n]+_(?!\w)|`[^`\n]+`)/g;

function renderInline(text: string): ReactNode[] {
  return text.split(INLINE).map((part, index) => {
    if (index % 2 === 0) return part;
    if (part.startsWith("**")) return <strong key={index}>{part.slice(2, -2)}</strong>;
    if (part.startsWith("`")) {
      return (
        <code key={index} className="rounded bg-subtle px-1 py-0.5 font-mono text-[0.9em]">
          {part.slice(1, -1)}
        </code>
      );
    }
    return <em key={index}>{part.slice(1, -1)}</em>;
  });
}

type Block = { kind: "paragraph"; lines: string[] } | { kind: "list"; ordered: boolean; items: { marker: string; text: string }[] };

const LIST_ITEM = /^\s*(\d+\.|[-*])\s+(.*)$/;

function toBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.split("\n")) {
    const last = blocks.at(-1);
    const item = LIST_ITEM.exec(line);
    if (item) {
      const ordered = /\d/.test(item[1]!);
      const entry = { marker: ordered ? item[1]! : "•", text: item[2]! };
      if (last?.kind === "list" && last.ordered === ordered) last.items.push(entry);
      else blocks.push({ kind: "list", ordered, items: [entry] });
    } else if (line.trim() === "") {
      blocks.push({ kind: "paragraph", lines: [] });
    } else if (last?.kind === "paragraph") {
      last.lines.push(line);
    } else {
      blocks.push({ kind: "paragraph", lines: [line] });
    }
  }
  return blocks.filter((block) => (block.kind === "paragraph" ? block.lines.length > 0 : true));
}

/** A model's reply with its light Markdown rendered and its line breaks kept. */
export function ReplyText({ text }: { text: string }) {
  return (
    <div className="space-y-3 leading-relaxed break-words">
      {toBlocks(text).map((block, index) => {
        if (block.kind === "paragraph") {
          return (
            <p key={index}>
              {block.lines.map((line, lineIndex) => (
                <span key={lineIndex}>
                  {lineIndex > 0 && <br />}
                  {renderInline(line)}
                </span>
              ))}
            </p>
          );
        }
        // The marker stays in the text (not a CSS counter) so copying a reply keeps its numbering.
        const List = block.ordered ? "ol" : "ul";
        return (
          <List key={index} className="space-y-1.5">
            {block.items.map((item, itemIndex) => (
              <li key={itemIndex} className="pl-5 -indent-5">
                <span className="text-muted-foreground tabular-nums">{item.marker}</span> {renderInline(item.text)}
              </li>
            ))}
          </List>
        );
      })}
    </div>
  );
}
