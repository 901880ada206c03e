"use client";
import { useEffect } from "react";

/**
 * Counts this visit for the page's analytics. Sent from the browser: the home is one cached render for all,
 * where no server code runs per visitor; crawlers, which don't run scripts, don't count.
 */
export function CompanyViewBeacon({ slug }: { slug: string }) {
  useEffect(() => {
    void fetch(`/api/v1/companies/${encodeURIComponent(slug)}/views`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
      keepalive: true,
    }).catch(() => {});
  }, [slug]);
  return null;
}
