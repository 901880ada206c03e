// The demo's professional graph: members connected mostly inside their current company, their city and
// industry, and their school (so there are clusters, with 2nd and 3rd degree paths between them), a few long
// links, and a story for the featured members: connections, someone 2nd degree, invitations with notes, followers.
import type { PrismaClient } from "@/generated/prisma/client";

/** Neighbours each member gets in a circle of their group, ordered by a hash of the handle (deterministic). */
const RING = { company: 3, cityAndIndustry: 2, school: 1, anywhere: 1 } as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Connects, in both directions, each member to the next `k` members of the same group around a circle. */
async function connectRings(db: PrismaClient, groupSql: string, k: number) {
  await db.$executeRawUnsafe(`
    WITH grouped AS (${groupSql}),
    ranked AS (
      SELECT id, grp, row_number() OVER (PARTITION BY grp ORDER BY md5(handle)) AS r,
        count(*) OVER (PARTITION BY grp) AS n
      FROM grouped
    ),
    pairs AS (
      SELECT a.id AS a, b.id AS b
      FROM ranked a
      JOIN generate_series(1, ${k}) AS step(s) ON step.s < a.n
      JOIN ranked b ON b.grp = a.grp AND b.r = (a.r + step.s - 1) % a.n + 1
    )
    INSERT INTO "Connection" ("userId", "otherId", "createdAt")
    SELECT x, y, now() - ((('x' || substr(md5(least(a, b) || greatest(a, b)), 1, 6))::bit(24)::int % 600) * interval '1 day')
    FROM pairs, LATERAL (VALUES (a, b), (b, a)) AS dir(x, y)
    ON CONFLICT DO NOTHING`);
}

async function idsByHandle(db: PrismaClient, handles: string[]) {
  const profiles = await db.profile.findMany({
    where: { handle: { in: handles } },
    select: { userId: true, handle: true },
  });
  return new Map(profiles.map((p) => [p.handle, p.userId]));
}

async function connectPairs(db: PrismaClient, pairs: [string, string][]) {
  await db.connection.createMany({
    data: pairs.flatMap(([a, b]) => [
      { userId: a, otherId: b },
      { userId: b, otherId: a },
    ]),
    skipDuplicates: true,
  });
}

async function disconnect(db: PrismaClient, a: string, b: string) {
  await db.connection.deleteMany({ where: { userId: { in: [a, b] }, otherId: { in: [a, b] } } });
}

/** Members in this language who are neither connected to nor invited by `userId`, the first few by handle. */
async function strangersOf(db: PrismaClient, userId: string, locale: string, count: number) {
  return db.user.findMany({
    where: {
      id: { not: userId },
      locale,
      email: { startsWith: "member" }, // generated members, not the featured ones
      connections: { none: { otherId: userId } },
      invitationsSent: { none: { recipientId: userId } },
      invitationsReceived: { none: { senderId: userId } },
    },
    orderBy: { email: "asc" },
    take: count,
    select: { id: true },
  });
}

const NOTES = {
  "zh-CN": [
    "您好！我们都在杭州做电商，想和您交流一下供应链数字化的经验。",
    "在阿里巴巴的分享会上听过您的演讲，很受启发，希望能保持联系。",
    null,
  ],
  en: [
    "Hi Maria, we met at the Berlin product meetup. Would love to stay in touch!",
    "I enjoyed your post on B2B onboarding. Let's connect.",
    null,
  ],
};

export async function seedNetwork(db: PrismaClient) {
  const currentJob = `SELECT DISTINCT ON (po."profileId") po."profileId" AS id, pr.handle, po."companyName" AS grp
    FROM "Position" po JOIN "Profile" pr ON pr."userId" = po."profileId"
    WHERE po."endDate" IS NULL ORDER BY po."profileId", po."sortOrder"`;
  await connectRings(db, currentJob, RING.company);
  await connectRings(
    db,
    `SELECT "userId" AS id, handle, city || '/' || industry AS grp FROM "Profile" WHERE city IS NOT NULL AND industry IS NOT NULL`,
    RING.cityAndIndustry,
  );
  await connectRings(
    db,
    `SELECT DISTINCT ON (e."profileId") e."profileId" AS id, pr.handle, e.school AS grp
     FROM "Education" e JOIN "Profile" pr ON pr."userId" = e."profileId" ORDER BY e."profileId", e."sortOrder"`,
    RING.school,
  );
  await connectRings(db, `SELECT "userId" AS id, handle, 'all' AS grp FROM "Profile"`, RING.anywhere);

  // the featured members' story
  const id = await idsByHandle(db, [
    "zhang-congcong",
    "maria-lopez",
    "wang-fang",
    "li-wei",
    "chen-jing",
    "liu-yang",
    "james-walker",
    "anna-schmidt",
    "priya-sharma",
    "zhao-min",
  ]);
  const get = (handle: string) => id.get(handle)!;
  await connectPairs(db, [
    [get("zhang-congcong"), get("li-wei")],
    [get("zhang-congcong"), get("chen-jing")],
    [get("zhang-congcong"), get("liu-yang")],
    [get("zhang-congcong"), get("priya-sharma")],
    [get("wang-fang"), get("li-wei")],
    [get("wang-fang"), get("chen-jing")],
    [get("maria-lopez"), get("james-walker")],
    [get("maria-lopez"), get("anna-schmidt")],
    [get("maria-lopez"), get("priya-sharma")],
    [get("anna-schmidt"), get("james-walker")],
  ]);
  // 王芳 is 张聪聪's 2nd degree (through 李伟 and 陈静), and 赵敏 has invited 张聪聪
  await disconnect(db, get("zhang-congcong"), get("wang-fang"));
  await disconnect(db, get("zhang-congcong"), get("zhao-min"));

  const invitations: { senderId: string; recipientId: string; note: string | null; daysAgo: number }[] = [
    {
      senderId: get("zhao-min"),
      recipientId: get("zhang-congcong"),
      note: "聪聪你好，之前在网易的项目合作过，加个联系吧！",
      daysAgo: 1,
    },
  ];
  for (const [handle, locale] of [
    ["zhang-congcong", "zh-CN"],
    ["maria-lopez", "en"],
  ] as const) {
    const recipientId = get(handle);
    const senders = await strangersOf(db, recipientId, locale, 3);
    senders.forEach((sender, i) =>
      invitations.push({
        senderId: sender.id,
        recipientId,
        note: NOTES[locale][i] ?? null,
        daysAgo: 2 + i * 3,
      }),
    );
    const [invitee] = await strangersOf(db, recipientId, locale, 4).then((s) => s.slice(3));
    if (invitee) invitations.push({ senderId: recipientId, recipientId: invitee.id, note: null, daysAgo: 5 });
  }
  for (const invitation of invitations) {
    const [low, high] = [invitation.senderId, invitation.recipientId].sort();
    const created = await db.invitation.create({
      data: {
        senderId: invitation.senderId,
        recipientId: invitation.recipientId,
        note: invitation.note,
        pendingPair: `${low}:${high}`,
        createdAt: new Date(Date.now() - invitation.daysAgo * DAY_MS),
      },
    });
    await db.notification.create({
      data: {
        recipientId: invitation.recipientId,
        kind: "invitation_received",
        actorId: invitation.senderId,
        subjectId: created.id,
        createdAt: created.createdAt,
      },
    });
  }
  await db.notification.create({
    data: {
      recipientId: get("zhang-congcong"),
      kind: "invitation_accepted",
      actorId: get("liu-yang"),
      createdAt: new Date(Date.now() - 3 * DAY_MS),
    },
  });

  await seedVouches(db, get);

  // followers: members of the same industry follow the featured members they aren't connected to
  await db.$executeRaw`
    INSERT INTO "Follow" ("followerId", "followeeId")
    SELECT p."userId", f."userId"
    FROM "Profile" f
    JOIN "Profile" p ON p.industry = f.industry AND p."userId" <> f."userId"
    WHERE f."userId" = ANY(${[...id.values()]})
      AND ('x' || substr(md5(p.handle || f.handle), 1, 2))::bit(8)::int < 64
    ON CONFLICT DO NOTHING`;
}

const RECOMMENDATIONS = [
  {
    author: "li-wei",
    recipient: "zhang-congcong",
    relationship: "我们在杭州云帆科技共事两年",
    body: "聪聪是我合作过的最有耐心的产品负责人：她会花一整天陪客户梳理流程，再把复杂的需求拆成团队能一周交付的小步。跨境电商后台的重构就是她带着我们一起完成的。",
  },
  {
    author: "james-walker",
    recipient: "maria-lopez",
    relationship: "Maria led the product team I worked with at Northwind",
    body: "Maria turns vague customer complaints into clear, shippable plans. She ran our onboarding redesign end to end and cut time-to-value in half, while keeping engineering and sales happily aligned.",
  },
];

/**
 * Connections endorse about a third of each other's skills, and two featured members got a recommendation;
 * the featured members are told about theirs.
 */
async function seedVouches(db: PrismaClient, get: (handle: string) => string) {
  await db.$executeRaw`
    INSERT INTO "Endorsement" (id, "profileSkillId", "endorserId", "createdAt")
    SELECT 'e' || md5(ps.id || c."otherId"), ps.id, c."otherId",
      now() - ((('x' || substr(md5(c."otherId" || ps.id), 1, 6))::bit(24)::int % 300) * interval '1 day')
    FROM "ProfileSkill" ps
    JOIN "Connection" c ON c."userId" = ps."profileId"
    WHERE ('x' || substr(md5(ps.id || c."otherId"), 1, 2))::bit(8)::int < 90
    ON CONFLICT DO NOTHING`;
  for (const r of RECOMMENDATIONS) {
    const recommendation = await db.recommendation.create({
      data: {
        authorId: get(r.author),
        recipientId: get(r.recipient),
        relationship: r.relationship,
        body: r.body,
        createdAt: new Date(Date.now() - 6 * DAY_MS),
      },
    });
    await db.notification.create({
      data: {
        recipientId: recommendation.recipientId,
        kind: "recommendation",
        actorId: recommendation.authorId,
        subjectId: recommendation.id,
        createdAt: recommendation.createdAt,
      },
    });
  }
  const featuredEndorsements = await db.endorsement.findMany({
    where: { profileSkill: { profileId: { in: [get("zhang-congcong"), get("maria-lopez")] } } },
    orderBy: { createdAt: "desc" },
    select: {
      endorserId: true,
      profileSkillId: true,
      createdAt: true,
      profileSkill: { select: { profileId: true } },
    },
  });
  await db.notification.createMany({
    data: featuredEndorsements.slice(0, 12).map((e) => ({
      recipientId: e.profileSkill.profileId,
      kind: "endorsement" as const,
      actorId: e.endorserId,
      subjectId: e.profileSkillId,
      createdAt: e.createdAt,
    })),
  });
}
