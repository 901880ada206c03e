import { Bell, BriefcaseBusiness, House, MessageSquareText, UsersRound } from "lucide-react";

export const NAV_ITEMS = [
  { href: "/feed", key: "home", icon: House },
  { href: "/network", key: "network", icon: UsersRound },
  { href: "/jobs", key: "jobs", icon: BriefcaseBusiness },
  { href: "/messages", key: "messages", icon: MessageSquareText },
  { href: "/notifications", key: "notifications", icon: Bell },
] as const;
