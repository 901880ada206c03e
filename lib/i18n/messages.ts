import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import type { Locale } from "./locales";

export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = { en, "zh-CN": zhCN };

/** Namespaces client components translate with: the shell's (every page) and those of a few forms. */
const SHELL_NAMESPACES = ["errorPage", "header", "locale", "nav", "time", "uploads"] as const;
export type ClientNamespace =
  | "articles"
  | "auth"
  | "companyActions"
  | "errors"
  | "feed"
  | "jobs"
  | "network"
  | "profileEdit"
  | "recruiter"
  | "settings";

/** The part of the messages client components need: the shell's and these (the rest is rendered on the server). */
export function clientMessages(
  messages: Record<string, unknown>,
  namespaces: readonly ClientNamespace[] = [],
) {
  return Object.fromEntries(
    [...SHELL_NAMESPACES, ...namespaces].map((namespace) => [namespace, messages[namespace]]),
  );
}
