"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { cn } from "@/components/ui/cn";

interface NavSelectProps {
  id: string;
  label: string;
  value: string;
  /** Each option is a link: choosing it navigates there, so the URL holds the choice. */
  options: { value: string; label: string; href: string }[];
  className?: string;
}

/** A select whose options are links, for filters that live in the URL. */
export function NavSelect({ id, label, value, options, className }: NavSelectProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={id} className="text-xs font-medium text-muted-foreground">
        {label}
      </label>
      <NativeSelect
        id={id}
        value={value}
        aria-busy={pending}
        size="sm"
        className={cn("w-full sm:w-44", pending && "opacity-70")}
        onChange={(event) => {
          const option = options.find((candidate) => candidate.value === event.target.value);
          if (option) startTransition(() => router.push(option.href, { scroll: false }));
        }}
      >
        {options.map((option) => (
          <NativeSelectOption key={option.value} value={option.value}>
            {option.label}
          </NativeSelectOption>
        ))}
      </NativeSelect>
    </div>
  );
}
