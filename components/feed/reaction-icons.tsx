import {
  HeartHandshake,
  Lightbulb,
  MessageCircleQuestion,
  PartyPopper,
  ThumbsUp,
  type LucideIcon,
} from "lucide-react";
import type { ReactionTypeName } from "@/lib/feed/limits";

export const REACTION_ICONS: Record<ReactionTypeName, { icon: LucideIcon; colour: string; badge: string }> = {
  like: { icon: ThumbsUp, colour: "text-sky-700 dark:text-sky-400", badge: "bg-sky-600" },
  celebrate: { icon: PartyPopper, colour: "text-emerald-700 dark:text-emerald-400", badge: "bg-emerald-600" },
  support: { icon: HeartHandshake, colour: "text-violet-700 dark:text-violet-400", badge: "bg-violet-600" },
  insightful: { icon: Lightbulb, colour: "text-amber-700 dark:text-amber-400", badge: "bg-amber-600" },
  curious: { icon: MessageCircleQuestion, colour: "text-rose-700 dark:text-rose-400", badge: "bg-rose-600" },
};
