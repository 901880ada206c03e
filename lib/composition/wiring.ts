import "server-only";
import { COMPANIES_SOURCE } from "@/lib/companies/company-document";
import { COMPANY_PAGES } from "@/lib/companies/subscribers";
import { registerSubscribers } from "@/lib/core/events";
import { POSTS_SOURCE } from "@/lib/feed/post-document";
import { JOBS_SOURCE } from "@/lib/jobs/job-document";
import { SUGGESTIONS } from "@/lib/network/subscribers";
import { NOTIFICATIONS } from "@/lib/notifications/subscribers";
import { PEOPLE_SOURCE } from "@/lib/profiles/person-document";
import { PROFILE_PAGES } from "@/lib/profiles/subscribers";
import { searchSubscriber } from "@/lib/search/search-subscriber";
import { registerSearchSources, type SearchSources } from "@/lib/search/sources";

// Each domain declares how its index is built and what follows its events; the layers below know none of them.
// Every process that writes imports this once at its entry: instrumentation.ts (web), the worker, the seed,
// the scripts, the tests and the benches (docs/architecture.md).
const sources: SearchSources = {
  people: PEOPLE_SOURCE,
  posts: POSTS_SOURCE,
  companies: COMPANIES_SOURCE,
  jobs: JOBS_SOURCE,
};
registerSearchSources(sources);
registerSubscribers([searchSubscriber(sources), NOTIFICATIONS, PROFILE_PAGES, COMPANY_PAGES, SUGGESTIONS]);
