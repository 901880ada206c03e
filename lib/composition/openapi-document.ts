// Every domain's REST routes, registered by importing its openapi module.
import "@/lib/auth/openapi";
import "@/lib/companies/content-openapi";
import "@/lib/companies/openapi";
import "@/lib/articles/openapi";
import "@/lib/feed/openapi-feeds";
import "@/lib/feed/openapi";
import "@/lib/composition/health-openapi";
import "@/lib/composition/account-openapi";
import "@/lib/jobs/openapi";
import "@/lib/network/openapi";
import "@/lib/notifications/openapi";
import "@/lib/profiles/openapi";
import "@/lib/recruiter/openapi";
import "@/lib/discovery/openapi";
export { openApiDocument } from "@/lib/api/openapi";
