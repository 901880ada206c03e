import en from "@/messages/en.json";
import zhCN from "@/messages/zh-CN.json";
import type { Locale } from "./locales";

export type Messages = typeof en;

export const MESSAGES: Record<Locale, Messages> = { en, "zh-CN": zhCN };

// What client components translate: only these namespaces travel to the browser with every page.
const CLIENT_NAMESPACES = [
  "auth",
  "errorPage",
  "errors",
  "header",
  "locale",
  "nav",
  "profileEdit",
  "settings",
] as const;

/** The part of the messages client components need (the rest is rendered on the server). */
export function clientMessages(messages: Record<string, unknown>) {
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]]));
}
