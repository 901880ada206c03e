"use client";
import { api } from "@/lib/api/client";
import { useEffect } from "react";

/**
 * Counts this visit for the page's analytics. Sent from the browser: the home is one cached render for all,
 * where no server code runs per visitor; crawlers, which don't run scripts, don't count.
 */
export function CompanyViewBeacon({ slug }: { slug: string }) {
  useEffect(() => {
    api("post", "companies/{slug}/views", { path: { slug }, keepalive: true }).catch(() => {});
  }, [slug]);
  return null;
}
