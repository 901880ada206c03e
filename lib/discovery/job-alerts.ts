import "server-only";
import { SEARCH_QUERY_MAX } from "./limits";
import type { Meilisearch } from "meilisearch";
import { env } from "@/lib/env";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { log } from "@/lib/log";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { readNotificationSettings, wantsNotification } from "@/lib/notifications/settings";
import { search } from "@/lib/search/client";
import { facetFilter } from "@/lib/discovery/find-jobs";
import { parseInput } from "@/lib/validation";
import { z } from "zod";
import { JobFiltersSchema, type JobFacet, type JobFilters } from "@/lib/jobs/job-search-query";
import { jobSearchHref } from "@/lib/jobs/job-search-url";
import { companiesOfConnections } from "./search-jobs";
import { assertSignedIn, type Who } from "@/lib/core/who";

export const MAX_ALERTS = 20;
const BATCH = 200;
/** the most new jobs one alert reports at a time */
const NEWS_LIMIT = 20;

const AlertSchema = z.object({
  query: z.string().trim().max(SEARCH_QUERY_MAX, "search.queryTooLong").default(""),
  filters: JobFiltersSchema,
});
const AlertRefSchema = z.object({ alertId: z.string().regex(/^[a-z0-9]{20,40}$/, "invalid") });

export type JobAlertView = {
  id: string;
  query: string;
  filters: JobFilters;
  href: string;
  createdAt: string;
};

const toView = (row: { id: string; query: string; filters: unknown; createdAt: Date }): JobAlertView => {
  const filters = row.filters as JobFilters;
  return {
    id: row.id,
    query: row.query,
    filters,
    href: jobSearchHref({ q: row.query, filters, sort: "recent", page: 1 }),
    createdAt: row.createdAt.toISOString(),
  };
};

/** Saves a job search as an alert: jobs posted from now on that match it are news (at most 20 alerts). */
export async function createJobAlert(viewer: Who, input: unknown): Promise<JobAlertView> {
  assertSignedIn(viewer);
  const { query, filters } = parseInput(AlertSchema, input);
  if (!query && !Object.keys(filters).length) throw new AppError("validation", "jobs.alertEmpty");
  if ((await db.jobAlert.count({ where: { userId: viewer.id } })) >= MAX_ALERTS)
    throw new AppError("conflict", "jobs.tooManyAlerts", { values: { max: MAX_ALERTS } });
  const row = await db.jobAlert.create({
    data: { userId: viewer.id, query, filters },
    select: { id: true, query: true, filters: true, createdAt: true },
  });
  return toView(row);
}

export async function listJobAlerts(viewer: Who): Promise<JobAlertView[]> {
  assertSignedIn(viewer);
  const rows = await db.jobAlert.findMany({
    where: { userId: viewer.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, query: true, filters: true, createdAt: true },
  });
  return rows.map(toView);
}

export async function deleteJobAlert(viewer: Who, input: unknown) {
  assertSignedIn(viewer);
  const { alertId } = parseInput(AlertRefSchema, input);
  const { count } = await db.jobAlert.deleteMany({ where: { id: alertId, userId: viewer.id } });
  if (!count) throw new AppError("not_found", "jobs.alertNotFound");
}

type News = {
  userId: string;
  email: string;
  name: string;
  locale: string | null;
  jobs: { id: string; title: string }[];
};

/**
 * The daily run: for every alert, the open jobs posted since it was last checked that match it. Each alert with
 * news gets a notification; each member with news one digest email listing the jobs. Alerts are checked in
 * batches and marked checked as they go, so a run cut short resumes without repeating itself.
 */
export async function runJobAlerts(now = new Date(), client: Meilisearch = search()) {
  let after: string | undefined;
  const news = new Map<string, News>();
  let notified = 0;
  for (;;) {
    const alerts = await db.jobAlert.findMany({
      where: after ? { id: { gt: after } } : {},
      orderBy: { id: "asc" },
      take: BATCH,
      select: {
        id: true,
        query: true,
        filters: true,
        checkedAt: true,
        user: { select: { id: true, email: true, name: true, locale: true, notificationSettings: true } },
      },
    });
    if (!alerts.length) break;
    after = alerts.at(-1)!.id;
    const queries = await Promise.all(
      alerts.map(async (alert) => ({
        indexUid: "jobs",
        q: alert.query,
        filter: [
          `publishedAt > ${alert.checkedAt.getTime()}`,
          `publishedAt <= ${now.getTime()}`,
          ...(await alertFilters(alert.filters as JobFilters, alert.user.id, now)),
        ],
        sort: ["publishedAt:desc"],
        limit: NEWS_LIMIT,
        attributesToRetrieve: ["id", "title"],
      })),
    );
    const { results } = await client.multiSearch({ queries });
    await db.$transaction(async (tx) => {
      for (const [i, alert] of alerts.entries()) {
        const hits = results[i]!.hits as { id: string; title: string }[];
        if (!hits.length) continue;
        notified++;
        const { notificationSettings, ...member } = alert.user;
        const settings = readNotificationSettings(notificationSettings);
        if (wantsNotification(settings, "job_alert", "inApp"))
          await tx.notification.create({
            data: { recipientId: alert.user.id, kind: "job_alert", subjectId: alert.id },
          });
        if (!wantsNotification(settings, "job_alert", "email")) continue;
        const entry = news.get(alert.user.id) ?? { userId: alert.user.id, ...member, jobs: [] };
        for (const hit of hits) if (!entry.jobs.some((job) => job.id === hit.id)) entry.jobs.push(hit);
        news.set(alert.user.id, entry);
      }
      await tx.jobAlert.updateMany({
        where: { id: { in: alerts.map((a) => a.id) } },
        data: { checkedAt: now },
      });
    });
  }
  for (const member of news.values()) await mailDigest(member);
  log.info({ alerts: notified, members: news.size }, "job alerts checked");
  return { alertsWithNews: notified, members: news.size };
}

async function alertFilters(filters: JobFilters, userId: string, now: Date) {
  const network = filters.network?.length ? await companiesOfConnections(userId) : [];
  return Object.entries(filters)
    .filter(([facet, values]) => values?.length && facet !== "date")
    .map(([facet, values]) => facetFilter(facet as JobFacet, values!, now.getTime(), network));
}

async function mailDigest(member: News) {
  const locale = member.locale && isLocale(member.locale) ? member.locale : DEFAULT_LOCALE;
  const shown = member.jobs.slice(0, 5).map((job) => job.title);
  await enqueueMail({
    to: member.email,
    locale,
    template: "jobAlertDigest",
    values: {
      name: member.name,
      count: String(member.jobs.length),
      jobs: shown.join(" · "),
      url: `${env().APP_URL}/me/jobs?tab=alerts`,
    },
  });
}
