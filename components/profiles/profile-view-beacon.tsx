"use client";
import { useEffect } from "react";

/**
 * Counts this visit for "who viewed your profile". It is sent from the browser because anonymous visitors get
 * the page from the cache, where no server code runs for them; crawlers, which don't run scripts, don't count.
 */
export function ProfileViewBeacon({ handle }: { handle: string }) {
  useEffect(() => {
    void fetch(`/api/v1/profiles/${encodeURIComponent(handle)}/views`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
      keepalive: true,
    }).catch(() => {});
  }, [handle]);
  return null;
}
