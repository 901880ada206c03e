"use client";
import { ChevronUp, ThumbsUp } from "lucide-react";
import { useTranslations } from "next-intl";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { cn } from "@/components/ui/cn";
import { REACTION_TYPES, type ReactionTypeName } from "@/lib/feed/limits";
import { REACTION_ICONS } from "./reaction-icons";

const barButton =
  "text-muted hover:bg-surface-muted hover:text-foreground flex h-10 items-center justify-center gap-1.5 rounded-md px-2 text-sm font-semibold disabled:opacity-60";

/**
 * "Like" in one click (again: take it back); the arrow beside it offers all five reactions. The current
 * reaction shows in its colour.
 */
export function ReactionButton({
  reaction,
  onReact,
  disabled,
}: {
  reaction: ReactionTypeName | null;
  onReact: (type: ReactionTypeName | null) => void;
  disabled?: boolean;
}) {
  const t = useTranslations("feed");
  const current = reaction ? REACTION_ICONS[reaction] : null;
  const Icon = current?.icon ?? ThumbsUp;
  return (
    <div className="flex flex-1 items-center">
      <button
        type="button"
        className={cn(barButton, "flex-1 rounded-r-none", current?.colour)}
        aria-pressed={reaction !== null}
        disabled={disabled}
        onClick={() => onReact(reaction ? null : "like")}
        data-testid="react"
      >
        <Icon className="size-5" aria-hidden />
        <span className="hidden sm:inline">{t(`reactions.${reaction ?? "like"}`)}</span>
        <span className="sr-only sm:hidden">{t(`reactions.${reaction ?? "like"}`)}</span>
      </button>
      <DropdownMenu>
        <DropdownMenuTrigger
          className={cn(barButton, "rounded-l-none px-1")}
          aria-label={t("reactionsLabel")}
          disabled={disabled}
          data-testid="reaction-picker"
        >
          <ChevronUp className="size-4" aria-hidden />
        </DropdownMenuTrigger>
        <DropdownMenuContent side="top" align="start" className="flex min-w-0 gap-1 p-1.5">
          {REACTION_TYPES.map((type) => {
            const { icon: TypeIcon, colour } = REACTION_ICONS[type];
            return (
              <DropdownMenuItem
                key={type}
                className={cn("flex-col gap-0.5 px-2 py-1.5 text-xs", colour)}
                onSelect={() => onReact(type)}
                aria-label={t(`reactions.${type}`)}
              >
                <TypeIcon className="size-6" aria-hidden />
                <span className="text-muted">{t(`reactions.${type}`)}</span>
              </DropdownMenuItem>
            );
          })}
        </DropdownMenuContent>
      </DropdownMenu>
    </div>
  );
}

export { barButton };
