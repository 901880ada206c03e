import "server-only";
import { COMPANIES_SOURCE } from "@/lib/companies/company-document";
import { POSTS_SOURCE } from "@/lib/feed/post-document";
import { JOBS_SOURCE } from "@/lib/jobs/job-document";
import { PEOPLE_SOURCE } from "@/lib/profiles/person-document";
import { registerSearchSources } from "@/lib/search/sources";

// Each domain declares how its index is built; the index layer knows none of them (docs/architecture.md).
registerSearchSources({
  people: PEOPLE_SOURCE,
  posts: POSTS_SOURCE,
  companies: COMPANIES_SOURCE,
  jobs: JOBS_SOURCE,
});
