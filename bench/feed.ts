// npm run bench -- feed [--scale N]: the home feed on PostgreSQL. The network benchmark's graph (100 000
// members, 5 000 000 connections) plus 2 000 000 posts over 60 days, loaded with COPY; then the pages a member
// with 500 connections reads, one call at a time. Targets (issue 6): first page of the ranked feed p95 < 100 ms,
// next pages p95 < 60 ms, publishing a post p95 < 30 ms.
import path from "node:path";
import { startServices, PROJECT_ROOT } from "../scripts/services/index.ts";
import { generateGraph, graphSize } from "./graph.ts";
import { measure } from "./measure.ts";
import { generatePosts } from "./posts.ts";

const POSTS_PER_MEMBER = 20;
const AFFINITIES_PER_HUB = 40;
const HASHTAGS_PER_HUB = 5;

const describeSteps = (seconds: Record<string, number>) =>
  Object.entries(seconds)
    .map(([step, s]) => `${step} ${s.toFixed(1)} s`)
    .join(", ");

export async function benchFeed({ scale = 100_000 }: { scale?: number }) {
  const size = graphSize(scale, 50);
  const postCount = scale * POSTS_PER_MEMBER;
  const services = await startServices({
    dataDir: path.join(PROJECT_ROOT, ".data", `bench-feed-${process.pid}`),
    ephemeral: true,
    withSearch: false,
  });
  try {
    Object.assign(process.env, services.env, { MEILI_HOST: "http://127.0.0.1:1", LOG_LEVEL: "warn" });
    let started = performance.now();
    const graph = await generateGraph(services.env.DATABASE_URL, size);
    console.log(
      `graph: ${size.members.toLocaleString("en")} members, ${size.connections.toLocaleString("en")} connections in ${((performance.now() - started) / 1000).toFixed(1)} s — ${describeSteps(graph.seconds)}`,
    );
    started = performance.now();
    const posts = await generatePosts(services.env.DATABASE_URL, graph.ids, postCount);
    console.log(
      `posts: ${postCount.toLocaleString("en")} (${posts.tagged.toLocaleString("en")} with a hashtag) in ${((performance.now() - started) / 1000).toFixed(1)} s — ${describeSteps(posts.seconds)}`,
    );

    await import("../lib/composition/wiring.ts"); // createPost emits its events
    const { db } = await import("../lib/db.ts");
    const { getHomeFeed } = await import("../lib/feed/home-feed.ts");
    const { createPost } = await import("../lib/feed/create-post.ts");
    const { encodeCursor } = await import("../lib/api/pagination.ts");
    const { RANKING } = await import("../lib/feed/feed-ranking.ts");
    const windowMs = RANKING.windowDays * 24 * 3600 * 1000;
    // the hubs interact with some of their connections and follow a few hashtags, as members do
    await db.$executeRaw`
      INSERT INTO "FeedAffinity" ("userId", "authorId", score, "updatedAt")
      SELECT c."userId", c."otherId", 1 + random() * 20, now()
      FROM unnest(${graph.hubIds}::text[]) AS h(id)
      CROSS JOIN LATERAL (
        SELECT "userId", "otherId" FROM "Connection" WHERE "userId" = h.id ORDER BY random() LIMIT ${AFFINITIES_PER_HUB}
      ) c`;
    await db.hashtagFollow.createMany({
      data: graph.hubIds.flatMap((userId) =>
        Array.from({ length: HASHTAGS_PER_HUB }, (_, k) => ({
          userId,
          hashtagId: posts.hashtagIds[(k * 7) % 50]!,
        })),
      ),
      skipDuplicates: true,
    });
    const hubs = graph.hubIds.map((id) => ({ id }));
    const [window] = await db.$queryRaw<{ candidates: number }[]>`
      SELECT count(*)::int AS candidates FROM "Post" p JOIN "Connection" c ON c."otherId" = p."authorId"
      WHERE c."userId" = ${graph.hubIds[0]} AND p."createdAt" > ${new Date(Date.now() - windowMs)}`;
    console.log(
      `a member with 500 connections: ${window?.candidates.toLocaleString("en")} posts by connections in the ${RANKING.windowDays}-day ranking window`,
    );

    await measure(
      "home feed, first page (ranked, 10 posts)",
      100,
      [...hubs, ...hubs].map((hub) => () => getHomeFeed(hub, {})),
    );
    const firstPages = [];
    for (const hub of hubs) firstPages.push({ hub, page: await getHomeFeed(hub, {}) });
    await measure(
      "home feed, next page (from the ranked snapshot)",
      60,
      firstPages.map(
        ({ hub, page }) =>
          () =>
            getHomeFeed(hub, { cursor: page.nextCursor! }),
      ),
    );
    const olderThanWindow = encodeCursor({ t: new Date(Date.now() - windowMs).toISOString(), i: "" });
    await measure(
      "home feed, older posts (time order, past the window)",
      60,
      hubs.map((hub) => () => getHomeFeed(hub, { cursor: olderThanWindow })),
    );
    await measure(
      "home feed, most recent, first page",
      60,
      hubs.map((hub) => () => getHomeFeed(hub, { mode: "recent" })),
    );
    await measure(
      "publishing a post (hashtag, outbox, rate limit)",
      30,
      [...hubs, ...hubs].map(
        (hub, i) => () => createPost(hub, { text: `Benchmark post ${i} #topic${i % 50}` }),
      ),
    );
    await db.$disconnect();
  } finally {
    await services.stop();
  }
}
