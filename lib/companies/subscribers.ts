import "server-only";
import { expireCachedCompany } from "@/lib/core/cached-company";
import type { Subscriber } from "@/lib/core/events";

/** Drops the cached renders of the pages an event changed (lib/core/cached-company.ts). */
export const COMPANY_PAGES: Subscriber = {
  name: "company pages",
  afterCommit: {
    // a "not found" may be cached under that address
    "company.created": ({ slug }) => expireCachedCompany(slug),
    "company.changed": ({ slugs }) => expireCachedCompany(...slugs),
    "company.followed": ({ slug }) => expireCachedCompany(slug),
    "company.unfollowed": ({ slug }) => expireCachedCompany(slug),
    "company.tie.decided": ({ slug }) => expireCachedCompany(slug),
    "company.tie.changed": ({ slug }) => expireCachedCompany(slug),
    // its post count
    "post.created": ({ companySlug }) => expireCachedCompany(companySlug),
  },
};
