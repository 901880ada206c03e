// Generated posts for the feed benchmark, loaded with COPY: every member writes about the same number over
// the last 60 days, a tenth for connections only, some with one of a thousand hashtags, engagement heavy-tailed.
import pg from "pg";
import { copyRows, newId, randomInt } from "./graph.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
const SPAN_DAYS = 60;
const HASHTAGS = 1_000;

export async function generatePosts(databaseUrl: string, memberIds: string[], count: number) {
  const seconds: Record<string, number> = {};
  const timed = async (name: string, work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    seconds[name] = (performance.now() - started) / 1000;
  };
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const client = await pool.connect();
  const now = Date.now();
  const hashtagIds = Array.from({ length: HASHTAGS }, newId);
  const tagged: string[] = [];
  try {
    await client.query("SET session_replication_role = replica");
    await client.query("SET maintenance_work_mem = '1GB'");
    await client.query(`DROP INDEX "Post_feed_idx"; DROP INDEX "Post_repostOfId_idx"; DROP INDEX "Post_text_trgm_idx";
      DROP INDEX "PostHashtag_hashtagId_createdAt_idx"; DROP INDEX "PostHashtag_createdAt_idx"`);
    await timed("copy posts", async () => {
      await copyRows(
        client,
        `COPY "Hashtag" (id, name) FROM STDIN`,
        hashtagIds.map((id, i) => `${id}\ttopic${i}\n`),
      );
      await copyRows(
        client,
        `COPY "Post" (id, "authorId", text, audience, "reactionCount", "likeCount", "commentCount", "repostCount", "createdAt", "updatedAt") FROM STDIN`,
        (function* () {
          for (let i = 0; i < count; i++) {
            const id = newId();
            const createdAt = new Date(now - Math.random() * SPAN_DAYS * DAY_MS).toISOString();
            const reactions = Math.floor(Math.exp(Math.random() * 5)) - 1;
            const tag = i % 10 === 0 ? randomInt(HASHTAGS) : -1;
            if (tag >= 0) tagged.push(`${id}\t${hashtagIds[tag]}\t${createdAt}\n`);
            const audience = i % 10 === 3 ? "connections" : "anyone";
            const text = `Post ${i}: notes from the week on product, hiring and growth${tag >= 0 ? ` #topic${tag}` : ""}`;
            yield `${id}\t${memberIds[i % memberIds.length]}\t${text}\t${audience}\t${reactions}\t${reactions}\t${Math.floor(reactions / 5)}\t${Math.floor(reactions / 20)}\t${createdAt}\t${createdAt}\n`;
          }
        })(),
      );
      await copyRows(client, `COPY "PostHashtag" ("postId", "hashtagId", "createdAt") FROM STDIN`, tagged);
    });
    await timed("indexes", () =>
      client.query(`CREATE INDEX "Post_feed_idx" ON "Post"("authorId", "createdAt" DESC, id DESC, audience, "deletedAt", kind, "imageCount", "reactionCount", "commentCount", "repostCount");
        CREATE INDEX "Post_repostOfId_idx" ON "Post"("repostOfId");
        CREATE INDEX "Post_text_trgm_idx" ON "Post" USING GIN (text gin_trgm_ops);
        CREATE INDEX "PostHashtag_hashtagId_createdAt_idx" ON "PostHashtag"("hashtagId", "createdAt" DESC);
        CREATE INDEX "PostHashtag_createdAt_idx" ON "PostHashtag"("createdAt")`),
    );
    await timed("vacuum analyze", () => client.query(`VACUUM (ANALYZE) "Post", "PostHashtag", "Hashtag"`));
  } finally {
    client.release();
    await pool.end();
  }
  return { seconds, hashtagIds, tagged: tagged.length };
}
