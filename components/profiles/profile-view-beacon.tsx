"use client";
import { api } from "@/lib/api/client";
import { useEffect } from "react";

/**
 * Counts this visit for "who viewed your profile". It is sent from the browser because anonymous visitors get
 * the page from the cache, where no server code runs for them; crawlers, which don't run scripts, don't count.
 */
export function ProfileViewBeacon({ handle }: { handle: string }) {
  useEffect(() => {
    api("post", "profiles/{handle}/views", { path: { handle }, keepalive: true }).catch(() => {});
  }, [handle]);
  return null;
}
