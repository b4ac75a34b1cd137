import ReactMarkdown from "react-markdown";
import rehypeHighlight from "rehype-highlight";
import remarkGfm from "remark-gfm";
import { cn } from "@/components/ui/cn";
import "./highlight.css";

// Tailwind's typography plugin is not installed: the app's own type scale, applied to the rendered tags.
const PROSE = [
  "space-y-3 leading-relaxed break-words",
  "[&_h1]:text-lg [&_h1]:font-semibold [&_h2]:text-base [&_h2]:font-semibold [&_h3]:font-semibold [&_h4]:font-semibold",
  "[&_a]:font-medium [&_a]:text-accent [&_a]:underline [&_a]:underline-offset-2",
  "[&_ul]:list-disc [&_ol]:list-decimal [&_ol,&_ul]:space-y-1.5 [&_ol,&_ul]:pl-5 [&_li]:marker:text-muted-foreground [&_li>ol,&_li>ul]:mt-1.5",
  "[&_blockquote]:border-l-2 [&_blockquote]:border-border [&_blockquote]:pl-3 [&_blockquote]:text-muted-foreground [&_hr]:border-border",
  "[&_pre]:overflow-x-auto [&_pre]:rounded-xl [&_pre]:border [&_pre]:border-border [&_pre]:bg-subtle [&_pre]:p-3.5 [&_pre]:text-[0.8125rem] [&_pre]:leading-relaxed",
  "[&_code]:font-mono [&_:not(pre)>code]:rounded [&_:not(pre)>code]:bg-subtle [&_:not(pre)>code]:px-1 [&_:not(pre)>code]:py-0.5 [&_:not(pre)>code]:text-[0.875em]",
  "[&_table]:block [&_table]:max-w-full [&_table]:overflow-x-auto [&_table]:text-sm [&_td,&_th]:border [&_td,&_th]:border-border [&_td,&_th]:px-3 [&_td,&_th]:py-1.5 [&_th]:bg-subtle [&_th]:text-left [&_th]:font-medium",
].join(" ");

/** A model's answer: GitHub-flavoured Markdown with highlighted code; raw HTML is never rendered. */
export function Markdown({ text, className }: { text: string; className?: string }) {
  return (
    <div className={cn(PROSE, className)}>
      <ReactMarkdown remarkPlugins={[remarkGfm]} rehypePlugins={[rehypeHighlight]}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
