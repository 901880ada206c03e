// The demo's company pages (company-content.ts): logos, contact blocks, products, a pinned announcement and
// posts; admins, employees linked to their experience entries, partners, customers, suppliers and peers (some
// waiting for approval); followers gained over three months, page views and post impressions for the charts.
import type { Faker } from "@faker-js/faker";
import sharp from "sharp";
import type { PrismaClient } from "@/generated/prisma/client";
import { companyDay } from "@/lib/companies/page-views";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/time-zones";
import { transaction } from "@/lib/core/events";
import { linkPostText } from "@/lib/feed/post-links";
import { storeImage } from "@/lib/media/store-image";
import { COMPANIES, type CompanySeed } from "./company-content";

const DAY_MS = 86_400_000;
const OTHER_TIES = [
  { kind: "partner", zh: "战略合作伙伴", en: "Strategic partner" },
  { kind: "customer", zh: "长期客户", en: "Long-time customer" },
  { kind: "supplier", zh: "核心供应商", en: "Key supplier" },
  { kind: "peer", zh: "同行交流", en: "Industry peer" },
] as const;

type Member = {
  id: string;
  email: string;
  locale: string | null;
  industry: string | null;
  country: string | null;
  city: string | null;
};

/** Latin initials for a logo (the fonts of a fresh machine may lack Chinese glyphs): yunfan-tech → YT. */
const initials = (slug: string) =>
  slug
    .split("-")
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join("");

async function png(svg: string): Promise<Blob> {
  return new Blob([new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer())], { type: "image/png" });
}

const logoSvg = (seed: CompanySeed) => `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400">
  <rect width="400" height="400" rx="72" fill="${seed.color}"/>
  <text x="200" y="252" text-anchor="middle" font-family="sans-serif" font-size="150" font-weight="700" fill="#fff">${initials(seed.slug)}</text>
</svg>`;

const bannerSvg = (seed: CompanySeed) => `<svg xmlns="http://www.w3.org/2000/svg" width="1584" height="396">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${seed.color}"/><stop offset="1" stop-color="#0f172a"/></linearGradient></defs>
  <rect width="1584" height="396" fill="url(#g)"/>
  <circle cx="1380" cy="80" r="260" fill="#fff" fill-opacity="0.07"/><circle cx="1180" cy="360" r="160" fill="#fff" fill-opacity="0.05"/>
</svg>`;

/** A product's picture: the company's colour with a few shapes, different for each product. */
const productSvg = (
  seed: CompanySeed,
  n: number,
) => `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="640">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${seed.color}"/><stop offset="1" stop-color="${["#f59e0b", "#0ea5e9", "#10b981"][n % 3]}"/></linearGradient></defs>
  <rect width="960" height="640" fill="url(#g)"/>
  <rect x="${180 + n * 60}" y="170" width="300" height="300" rx="40" fill="#fff" fill-opacity="0.85"/>
  <circle cx="${620 - n * 40}" cy="${300 + n * 30}" r="130" fill="#fff" fill-opacity="0.35"/>
</svg>`;

async function writeCompany(db: PrismaClient, seed: CompanySeed, index: number) {
  const folder = `companies/${seed.slug.replace(/[^a-z0-9]/g, "")}`;
  const logoKey = await storeImage("logo", await png(logoSvg(seed)), folder);
  const bannerKey = index < 8 ? await storeImage("banner", await png(bannerSvg(seed)), folder) : null;
  const createdAt = new Date(Date.now() - (120 + index * 9) * DAY_MS);
  const productImages = await Promise.all(
    seed.products.map(async (_, n) => storeImage("product", await png(productSvg(seed, n)), folder)),
  );
  return db.company.create({
    data: {
      slug: seed.slug,
      nameZh: seed.nameZh ?? null,
      nameEn: seed.nameEn ?? null,
      tagline: seed.tagline,
      about: seed.about,
      industry: seed.industry,
      size: seed.size,
      type: seed.type,
      foundedYear: seed.founded,
      specialties: seed.specialties,
      city: seed.city,
      region: seed.region ?? null,
      country: seed.country,
      address: seed.address,
      phone: seed.phone,
      fax: seed.fax ?? null,
      email: `hello@${seed.domain}`,
      website: `https://www.${seed.domain}`,
      contactName: seed.contact[0],
      contactTitle: seed.contact[1],
      logoKey,
      bannerKey,
      createdAt,
      ...(seed.isVerified && {
        verifiedDomain: seed.domain,
        verifiedAt: new Date(createdAt.getTime() + DAY_MS),
      }),
      locations: {
        create: (seed.locations ?? []).map((location, sortOrder) => ({ ...location, sortOrder })),
      },
      products: {
        create: seed.products.map((product, sortOrder) => ({
          ...product,
          sortOrder,
          imageKey: productImages[sortOrder],
          url: `https://www.${seed.domain}/products/${sortOrder + 1}`,
        })),
      },
      announcements: {
        create: [
          {
            ...seed.announcement,
            pinnedAt: new Date(Date.now() - (index + 1) * DAY_MS),
            createdAt: new Date(Date.now() - (index + 1) * DAY_MS),
          },
        ],
      },
    },
    select: { id: true, slug: true },
  });
}

/** Members whose experience names the company become its employees (current ones) and link their entries. */
async function writeEmployees(
  db: PrismaClient,
  companyId: string,
  seed: CompanySeed,
  featuredIds: Set<string>,
) {
  const names = [seed.nameZh, seed.nameEn].filter((name): name is string => !!name);
  await db.position.updateMany({ where: { companyName: { in: names } }, data: { companyId } });
  const current = await db.position.findMany({
    where: { companyId, endDate: null },
    orderBy: { startDate: "asc" },
    select: { id: true, profileId: true, title: true },
  });
  // featured members first: the demo accounts administer the pages they work at
  current.sort((a, b) => Number(featuredIds.has(b.profileId)) - Number(featuredIds.has(a.profileId)));
  const employees = current.filter((p, i, all) => all.findIndex((q) => q.profileId === p.profileId) === i);
  // two colleagues ask to be listed: something for the admins to approve
  const waiting = employees.length > 4 ? employees.slice(-2) : [];
  await db.companyRelation.createMany({
    data: employees.map((p, i) => ({
      companyId,
      userId: p.profileId,
      kind: "employee" as const,
      status: waiting.includes(p) ? ("pending" as const) : ("approved" as const),
      title: p.title,
      positionId: waiting.includes(p) ? null : p.id,
      decidedAt: waiting.includes(p) ? null : new Date(),
      ...(seed.isVerified &&
        i < 3 && { workEmail: `staff${i}@${seed.domain}`, workEmailVerifiedAt: new Date() }),
    })),
  });
  if (waiting.length)
    await db.position.updateMany({
      where: { id: { in: waiting.map((p) => p.id) } },
      data: { companyId: null },
    });
  return employees.map((p) => p.profileId);
}

export async function seedCompanies(db: PrismaClient, faker: Faker, featuredEmails: string[]) {
  const members: Member[] = (
    await db.user.findMany({
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        email: true,
        locale: true,
        profile: { select: { industry: true, country: true, city: true } },
      },
    })
  ).map(({ profile, ...user }) => ({
    ...user,
    industry: profile?.industry ?? null,
    country: profile?.country ?? null,
    city: profile?.city ?? null,
  }));
  const featured = featuredEmails.flatMap((email) => members.filter((m) => m.email === email));
  const featuredIds = new Set(featured.map((m) => m.id));
  const today = companyDay(DEFAULT_TIME_ZONE);

  for (const [index, seed] of COMPANIES.entries()) {
    const company = await writeCompany(db, seed, index);
    const employees = await writeEmployees(db, company.id, seed, featuredIds);
    const admins = employees.length ? employees.slice(0, 2) : [featured[index % featured.length]!.id];
    await db.companyAdmin.createMany({
      data: admins.map((userId, i) => ({
        companyId: company.id,
        userId,
        role: i === 0 ? ("super_admin" as const) : ("content_admin" as const),
      })),
    });

    const others = faker.helpers.arrayElements(
      members.filter((m) => !employees.includes(m.id)),
      6,
    );
    await db.companyRelation.createMany({
      data: others.map((member, i) => {
        const tie = OTHER_TIES[i % OTHER_TIES.length]!;
        return {
          companyId: company.id,
          userId: member.id,
          kind: tie.kind,
          status: i === others.length - 1 ? ("pending" as const) : ("approved" as const),
          title: member.locale === "zh-CN" ? tie.zh : tie.en,
          decidedAt: new Date(),
        };
      }),
      skipDuplicates: true,
    });

    // followers over the last three months (a few left again): the analytics chart has a shape
    const followers = faker.helpers.arrayElements(
      members,
      Math.min(members.length, 12 + ((index * 13) % 45)),
    );
    const follows = followers.map((member, i) => {
      const createdAt = new Date(
        today.getTime() -
          faker.number.int({ min: 0, max: 88 }) * DAY_MS -
          faker.number.int({ min: 0, max: DAY_MS - 1 }),
      );
      const hasLeft = i % 11 === 10;
      return {
        companyId: company.id,
        userId: member.id,
        createdAt,
        unfollowedAt: hasLeft ? new Date(Math.min(Date.now(), createdAt.getTime() + 20 * DAY_MS)) : null,
      };
    });
    await db.companyFollow.createMany({ data: follows });
    await db.company.update({
      where: { id: company.id },
      data: { followerCount: follows.filter((f) => !f.unfollowedAt).length },
    });

    // visits over the last 30 days, by members (with their industry and place) and by anonymous visitors
    const views = [];
    for (let day = 0; day < 30; day++) {
      const date = new Date(today.getTime() - day * DAY_MS);
      for (const visitor of faker.helpers.arrayElements(members, faker.number.int({ min: 1, max: 9 })))
        views.push({
          companyId: company.id,
          day: date,
          visitorKey: `member:${visitor.id}`,
          userId: visitor.id,
          industry: visitor.industry,
          country: visitor.country,
          city: visitor.city,
        });
      for (let k = 0; k < faker.number.int({ min: 0, max: 6 }); k++)
        views.push({ companyId: company.id, day: date, visitorKey: `seed:${day}:${k}` });
    }
    await db.companyPageView.createMany({ data: views, skipDuplicates: true });

    // posts as the company, from its first admin
    for (const [k, text] of seed.posts.entries()) {
      const createdAt = new Date(Date.now() - ((index * 5 + k * 31) % 200) * 60 * 60 * 1000 - 30 * 60 * 1000);
      await transaction(async (tx) => {
        const post = await tx.post.create({
          data: { authorId: admins[0]!, companyId: company.id, text, createdAt },
          select: { id: true, authorId: true, audience: true, createdAt: true },
        });
        await linkPostText(tx, post, text);
        await tx.companyPostImpression.createMany({
          data: follows
            .filter((f) => !f.unfollowedAt)
            .map((f, i) => ({
              postId: post.id,
              userId: f.userId,
              companyId: company.id,
              day: companyDay(
                DEFAULT_TIME_ZONE,
                new Date(Math.min(Date.now(), createdAt.getTime() + (i % 3) * DAY_MS)),
              ),
            })),
          skipDuplicates: true,
        });
      });
    }
    await db.outboxEvent.create({ data: { entity: "company", entityId: company.id, op: "upsert" } });
  }
  await offerPageRoles(
    db,
    featured.map((member) => member.id),
  );
  return COMPANIES.length;
}

/** Each featured member is offered a role on a page they don't run yet: it waits on their Invitations page. */
async function offerPageRoles(db: PrismaClient, memberIds: string[]) {
  for (const userId of memberIds) {
    const page = await db.company.findFirst({
      where: { admins: { none: { userId } } },
      orderBy: { createdAt: "asc" },
      select: { id: true, admins: { where: { role: "super_admin" }, select: { userId: true }, take: 1 } },
    });
    const invitedById = page?.admins[0]?.userId;
    if (!page || !invitedById) continue;
    const offer = await db.companyAdminInvitation.create({
      data: { companyId: page.id, userId, role: "content_admin", invitedById },
      select: { id: true },
    });
    await db.notification.create({
      data: {
        recipientId: userId,
        kind: "company_admin_invitation",
        actorId: invitedById,
        subjectId: offer.id,
      },
    });
  }
}
