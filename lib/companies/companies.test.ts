import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { dayIn } from "@/lib/i18n/time-zones";
import { issueUserToken } from "@/lib/core/user-tokens";
import { createArticle } from "@/lib/articles/create-article";
import { publishArticle } from "@/lib/articles/publish-article";
import { updateArticle } from "@/lib/articles/update-article";
import { createPost } from "@/lib/feed/create-post";
import { getArticleById } from "@/lib/articles/read-articles";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { appErrorOf, createMember, givePageRole } from "@/tests/helpers";
import { acceptRoleOffer, declineRoleOffer, listMyRoleOffers } from "./admin-invitations";
import { listAdmins, listOfferedRoles, removeAdmin, setAdmin } from "./admins";
import { companyAnalytics } from "./analytics";
import { createAnnouncement } from "./announcements";
import { setCompanyImage } from "./company-images";
import { followCompany, unfollowCompany } from "./follows";
import { getCompany } from "./get-company";
import { recordCompanyView } from "./page-views";
import { createProduct } from "./products";
import { claimRelation, decideRelation, listRelations } from "./relations";
import { createCompany, updateCompany } from "./save-company";
import { confirmCompanyEmail, requestDomainVerification, requestWorkEmailVerification } from "./verification";
import { companyViewerState } from "./viewer-state";

const newSlug = () => `acme-${randomBytes(4).toString("hex")}`;

async function newCompany() {
  const owner = await createMember();
  const slug = newSlug();
  await createCompany(owner, { slug, nameZh: "杭州云商科技", nameEn: "Hangzhou Yunshang Tech" });
  return { owner, slug, ref: { slug } };
}

async function connect(a: { id: string }, b: { id: string }) {
  await db.connection.createMany({
    data: [
      { userId: a.id, otherId: b.id },
      { userId: b.id, otherId: a.id },
    ],
  });
}

describe("company pages", () => {
  it("are created with their creator as super admin, a search event, and a clear error for a taken address", async () => {
    const { owner, slug, ref } = await newCompany();
    const company = await getCompany(null, ref);
    expect(company).toMatchObject({ slug, nameZh: "杭州云商科技", followerCount: 0, isVerified: false });
    expect(await listAdmins(owner, ref)).toMatchObject([{ role: "super_admin", person: { id: owner.id } }]);
    expect(await db.outboxEvent.count({ where: { entity: "company", entityId: company.id } })).toBe(1);

    const other = await createMember();
    const taken = await appErrorOf(createCompany(other, { slug: slug.toUpperCase(), nameEn: "Copycat" }));
    expect(taken).toMatchObject({ code: "conflict", details: { fields: { slug: "slug.taken" } } });
    expect(await db.company.count({ where: { nameEn: "Copycat" } })).toBe(0);
  });

  it("refuse malformed contact details, names and images, storing nothing", async () => {
    const { owner, ref } = await newCompany();
    const bad = await appErrorOf(
      updateCompany(owner, ref, {
        website: "javascript:alert(1)",
        phone: "call me",
        email: "not-an-email",
        fax: "12",
        foundedYear: 3000,
        slug: "Not A Slug!",
      }),
    );
    expect(bad.details.fields).toMatchObject({
      website: "url.invalid",
      phone: "phone.invalid",
      email: "email.invalid",
      fax: "phone.invalid",
      foundedYear: "year.invalid",
      slug: "slug.invalid",
    });
    expect((await appErrorOf(updateCompany(owner, ref, { nameZh: "", nameEn: "" }))).details.fields).toEqual({
      nameZh: "company.nameRequired",
    });
    const before = await getCompany(null, ref);
    expect(before).toMatchObject({ website: null, phone: null, nameZh: "杭州云商科技" });

    const huge = Buffer.alloc(9 * 1024 * 1024, 1);
    const tooLarge = await appErrorOf(setCompanyImage(owner, ref, "logo", new Blob([huge])));
    expect(tooLarge.messageKey).toBe("image.tooLarge");
    const svg = new Blob([`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`]);
    expect((await appErrorOf(setCompanyImage(owner, ref, "banner", svg))).messageKey).toBe("image.wrongType");
    expect(await getCompany(null, ref)).toMatchObject({ logo: null, banner: null });

    const logo = await sharp({ create: { width: 300, height: 120, channels: 3, background: "#0a66c2" } })
      .png()
      .toBuffer();
    await setCompanyImage(owner, ref, "logo", new Blob([logo]));
    expect((await getCompany(null, ref)).logo?.sm).toMatch(/^\/media\/companies\/.+-sm\.webp$/);
  });

  it("let only admins with the right role edit, decide, post as the company or read analytics", async () => {
    const { owner, ref } = await newCompany();
    const [analyst, content, stranger] = await Promise.all([createMember(), createMember(), createMember()]);
    await givePageRole(owner, ref.slug, analyst, "analyst");
    await givePageRole(owner, ref.slug, content, "content_admin");
    const claimer = await createMember();
    const tie = await claimRelation(claimer, ref, { kind: "employee", title: "产品经理" });

    for (const who of [null, stranger, analyst]) {
      const expected = who ? "forbidden" : "unauthenticated";
      expect((await appErrorOf(updateCompany(who, ref, { tagline: "hacked" }))).code).toBe(expected);
      expect(
        (await appErrorOf(decideRelation(who, ref, { relationId: tie.id }, { status: "approved" }))).code,
      ).toBe(expected);
      expect((await appErrorOf(createAnnouncement(who, ref, { title: "hacked" }))).code).toBe(expected);
      expect((await appErrorOf(createProduct(who, ref, { name: "hacked" }))).code).toBe(expected);
      if (who)
        expect(
          (await appErrorOf(createPost(who, { text: "as the company", asCompany: ref.slug }))).code,
        ).toBe("forbidden");
      expect(
        (await appErrorOf(setAdmin(who, ref, { handle: stranger.handle, role: "super_admin" }))).code,
      ).toBe(expected);
    }
    for (const who of [null, stranger])
      expect((await appErrorOf(companyAnalytics(who, ref, {}))).code).toBe(
        who ? "forbidden" : "unauthenticated",
      );
    expect((await companyAnalytics(analyst, ref, { days: 7 })).daily).toHaveLength(7);
    // content admins edit and decide, but don't manage admins
    await updateCompany(content, ref, { tagline: "跨境电商 SaaS" });
    expect(
      (await appErrorOf(setAdmin(content, ref, { handle: stranger.handle, role: "analyst" }))).code,
    ).toBe("forbidden");
    expect(await db.companyRelation.findUniqueOrThrow({ where: { id: tie.id } })).toMatchObject({
      status: "pending",
    });
    expect((await getCompany(null, ref)).tagline).toBe("跨境电商 SaaS");
    expect(await db.companyAdmin.count({ where: { userId: stranger.id } })).toBe(0);
  });

  it("always keep a super admin, even when two demote each other at once", async () => {
    const { owner, ref } = await newCompany();
    expect((await appErrorOf(removeAdmin(owner, ref, { handle: owner.handle }))).messageKey).toBe(
      "company.lastSuperAdmin",
    );
    expect(
      (await appErrorOf(setAdmin(owner, ref, { handle: owner.handle, role: "analyst" }))).messageKey,
    ).toBe("company.lastSuperAdmin");
    const second = await createMember();
    await givePageRole(owner, ref.slug, second, "super_admin");
    const results = await Promise.allSettled([
      setAdmin(owner, ref, { handle: second.handle, role: "analyst" }),
      setAdmin(second, ref, { handle: owner.handle, role: "analyst" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const company = await db.company.findUniqueOrThrow({ where: { slug: ref.slug }, select: { id: true } });
    expect(await db.companyAdmin.count({ where: { companyId: company.id, role: "super_admin" } })).toBe(1);
  });

  it("make nobody an admin unasked: a role is offered, and theirs only once they accept", async () => {
    const { owner, ref } = await newCompany();
    const [member, other] = await Promise.all([createMember(), createMember()]);
    expect(await setAdmin(owner, ref, { handle: member.handle, role: "content_admin" })).toBe("invited");
    expect(await db.companyAdmin.count({ where: { userId: member.id } })).toBe(0);
    expect((await appErrorOf(updateCompany(member, ref, { tagline: "not yet" }))).code).toBe("forbidden");
    const [offer] = await listMyRoleOffers(member);
    expect(offer).toMatchObject({ role: "content_admin", company: { slug: ref.slug } });
    expect(
      await db.notification.count({ where: { recipientId: member.id, kind: "company_admin_invitation" } }),
    ).toBe(1);
    expect((await listOfferedRoles(owner, ref))?.map((o) => o.person.id)).toEqual([member.id]);
    // only the member answers it
    for (const who of [owner, other])
      expect((await appErrorOf(acceptRoleOffer(who, { invitationId: offer!.id }))).code).toBe("not_found");
    await acceptRoleOffer(member, { invitationId: offer!.id });
    await updateCompany(member, ref, { tagline: "now I may" });
    expect(await listMyRoleOffers(member)).toEqual([]);

    // declined or withdrawn: no role
    await setAdmin(owner, ref, { handle: other.handle, role: "analyst" });
    const [otherOffer] = await listMyRoleOffers(other);
    await declineRoleOffer(other, { invitationId: otherOffer!.id });
    await setAdmin(owner, ref, { handle: other.handle, role: "analyst" });
    await removeAdmin(owner, ref, { handle: other.handle });
    expect(await listMyRoleOffers(other)).toEqual([]);
    expect(await db.companyAdmin.count({ where: { userId: other.id } })).toBe(0);
  });

  it("show approved employees first, with their titles, respecting blocks and experience visibility", async () => {
    const { owner, ref } = await newCompany();
    const [employee, partner, hidden, viewer] = await Promise.all([
      createMember(),
      createMember(),
      createMember(),
      createMember(),
    ]);
    const employeeTie = await claimRelation(employee, ref, { kind: "employee", title: "运营总监" });
    const partnerTie = await claimRelation(partner, ref, { kind: "partner", title: "物流合作伙伴" });
    const hiddenTie = await claimRelation(hidden, ref, { kind: "employee" });
    expect((await appErrorOf(claimRelation(employee, ref, { kind: "employee" }))).messageKey).toBe(
      "company.alreadyClaimed",
    );
    // the admins were told, the public sees nothing yet
    expect(
      await db.notification.count({ where: { recipientId: owner.id, kind: "company_relation_request" } }),
    ).toBe(3);
    const { items } = await listNotifications(owner, {});
    expect(items.find((n) => n.kind === "company_relation_request")?.company).toMatchObject({
      slug: ref.slug,
      nameZh: "杭州云商科技",
    });
    expect(await listRelations(null, ref, {})).toEqual({ items: [], nextCursor: null });
    expect((await appErrorOf(listRelations(viewer, ref, { status: "pending" }))).code).toBe("forbidden");

    for (const tie of [partnerTie, employeeTie, hiddenTie])
      await decideRelation(owner, ref, { relationId: tie.id }, { status: "approved" });
    await db.profile.update({
      where: { userId: hidden.id },
      data: { visibility: { experience: "connections" } },
    });
    const seen = await listRelations(viewer, ref, {});
    expect(seen.items.map((t) => [t.kind, t.person.id, t.title])).toEqual([
      ["employee", employee.id, "运营总监"],
      ["partner", partner.id, "物流合作伙伴"],
    ]);
    await connect(viewer, hidden);
    expect((await listRelations(viewer, ref, { kind: "employee" })).items.map((t) => t.person.id)).toContain(
      hidden.id,
    );
    await db.block.create({ data: { blockerId: employee.id, blockedId: viewer.id } });
    expect((await listRelations(viewer, ref, {})).items.map((t) => t.person.id)).not.toContain(employee.id);
    expect((await getCompany(null, ref)).tieCounts).toEqual({ employee: 2, partner: 1 });
    expect(
      await db.notification.count({ where: { recipientId: employee.id, kind: "company_relation_approved" } }),
    ).toBe(1);
  });

  it("list people a page at a time, in the same order, and refuse a made-up cursor", async () => {
    const { owner, ref } = await newCompany();
    const members = await Promise.all([createMember(), createMember(), createMember()]);
    for (const member of members) {
      const tie = await claimRelation(member, ref, { kind: "employee" });
      await decideRelation(owner, ref, { relationId: tie.id }, { status: "approved" });
    }
    const first = await listRelations(null, ref, { kind: "employee", limit: 2 });
    expect(first.items).toHaveLength(2);
    const second = await listRelations(null, ref, { kind: "employee", limit: 2, cursor: first.nextCursor });
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((tie) => tie.person.id).sort()).toEqual(
      members.map((m) => m.id).sort(),
    );
    const error = await appErrorOf(listRelations(null, ref, { cursor: "not-a-cursor" }));
    expect(error.code).toBe("validation");
  });

  it("count followers exactly, say how many connections work there, and feed followers the company's posts", async () => {
    const { owner, ref } = await newCompany();
    const [fan, colleague] = await Promise.all([createMember(), createMember()]);
    await Promise.all([followCompany(fan, ref), followCompany(fan, ref), followCompany(owner, ref)]);
    expect((await getCompany(null, ref)).followerCount).toBe(2);
    await unfollowCompany(owner, ref);
    await unfollowCompany(owner, ref);
    expect((await getCompany(null, ref)).followerCount).toBe(1);

    const tie = await claimRelation(colleague, ref, { kind: "employee" });
    await decideRelation(owner, ref, { relationId: tie.id }, { status: "approved" });
    await connect(fan, colleague);
    const state = await companyViewerState(fan, ref);
    expect(state).toMatchObject({ isFollowing: true, role: null, connectionsHere: { count: 1 } });
    expect(state.connectionsHere.people[0]?.id).toBe(colleague.id);
    expect((await companyViewerState(owner, ref)).rights).toMatchObject({ edit: true, manageAdmins: true });
    expect(await companyViewerState(colleague, ref)).toMatchObject({
      isFollowing: false,
      ties: [{ id: tie.id, kind: "employee", status: "approved", isVerifiedEmployee: false }],
      connectionsHere: { count: 0, people: [] },
    });
    expect((await appErrorOf(companyViewerState(fan, { slug: "no-such-page" }))).code).toBe("not_found");

    const post = await createPost(owner, {
      text: "我们上线了新的跨境物流服务 #跨境电商",
      asCompany: ref.slug,
    });
    const row = await db.post.findUniqueOrThrow({ where: { id: post.id } });
    expect(row.companyId).not.toBeNull();
    expect(
      (await appErrorOf(createPost(owner, { text: "x", audience: "connections", asCompany: ref.slug })))
        .details.fields,
    ).toEqual({ audience: "company.postsArePublic" });
  });

  it("count page views once per visitor per day, with the visitor's industry and place", async () => {
    const { owner, ref } = await newCompany();
    const visitor = await createMember();
    await db.profile.update({
      where: { userId: visitor.id },
      data: { industry: "ecommerce", country: "CN", city: "杭州" },
    });
    const context = { ip: "10.1.2.3", userAgent: "vitest" };
    await recordCompanyView(visitor, ref, context);
    await recordCompanyView(visitor, ref, context);
    await recordCompanyView(null, ref, context);
    await recordCompanyView(null, ref, { ...context, ip: "10.9.9.9" });
    const analytics = await companyAnalytics(owner, ref, { days: "30" });
    expect(analytics.daily).toHaveLength(30);
    expect(analytics.totals.views).toBe(3);
    expect(analytics.daily.at(-1)?.views).toBe(3);
    expect(analytics.visitorsByIndustry).toEqual([{ key: "ecommerce", count: 1 }]);
    expect(analytics.visitorsByCity).toEqual([{ key: "杭州", count: 1 }]);
    expect((await appErrorOf(companyAnalytics(owner, ref, { days: 12 }))).details.fields).toHaveProperty(
      "days",
    );
  });

  it("count a page's days in its own time zone", async () => {
    const { owner, ref } = await newCompany();
    const visitor = await createMember();
    await db.company.update({ where: { slug: ref.slug }, data: { timeZone: "Pacific/Kiritimati" } });
    await recordCompanyView(visitor, ref, { ip: "10.1.2.4", userAgent: "vitest" });
    const analytics = await companyAnalytics(owner, ref, { days: 7 });
    expect(analytics.timeZone).toBe("Pacific/Kiritimati");
    // UTC+14: its today is a day the UTC calendar may not have reached yet
    expect(analytics.daily.at(-1)).toMatchObject({ day: dayIn(new Date(), "Pacific/Kiritimati"), views: 1 });
  });

  it("let admins write articles as the company, which any of its content admins may edit", async () => {
    const { owner, ref } = await newCompany();
    const [content, stranger] = await Promise.all([createMember(), createMember()]);
    await givePageRole(owner, ref.slug, content, "content_admin");
    const input = { title: "2026 跨境电商白皮书", body: "我们调研了 3000 家卖家。", asCompany: ref.slug };
    expect((await appErrorOf(createArticle(stranger, input))).code).toBe("forbidden");
    const { id } = await createArticle(owner, input);
    await updateArticle(content, { articleId: id, title: "2026 跨境电商白皮书（完整版）" });
    expect((await appErrorOf(updateArticle(stranger, { articleId: id, title: "x" }))).code).toBe("not_found");
    const { postId } = await publishArticle(content, { articleId: id });
    expect((await db.post.findUniqueOrThrow({ where: { id: postId } })).companyId).not.toBeNull();
    expect(await getArticleById(null, { articleId: id })).toMatchObject({
      title: "2026 跨境电商白皮书（完整版）",
      company: { slug: ref.slug, nameZh: "杭州云商科技" },
      isAuthor: false,
    });
  });

  it("are verified by an address at the website's domain, and employees by their work address", async () => {
    const { owner, ref } = await newCompany();
    const company = await db.company.findUniqueOrThrow({ where: { slug: ref.slug }, select: { id: true } });
    expect(
      (await appErrorOf(requestDomainVerification(owner, ref, { email: "me@yunshang.example" }, "en")))
        .details.fields,
    ).toEqual({ website: "company.websiteNeeded" });
    await updateCompany(owner, ref, { website: "https://www.yunshang.example" });
    const wrong = await appErrorOf(
      requestDomainVerification(owner, ref, { email: "me@gmail.example" }, "en"),
    );
    expect(wrong.details).toMatchObject({ fields: { email: "company.emailNotAtDomain" } });
    const stranger = await createMember();
    expect(
      (await appErrorOf(requestDomainVerification(stranger, ref, { email: "x@yunshang.example" }, "en")))
        .code,
    ).toBe("forbidden");
    await requestDomainVerification(owner, ref, { email: "it@mail.yunshang.example" }, "zh-CN");

    // the mailed link: a token for that address, used once
    const token = await issueUserToken(owner.id, "company_domain", db, {
      subjectId: company.id,
      email: "it@mail.yunshang.example",
    });
    expect(await confirmCompanyEmail({ token }, "domain")).toEqual({ slug: ref.slug });
    expect((await appErrorOf(confirmCompanyEmail({ token }, "domain"))).messageKey).toBe("token.invalid");
    expect(await getCompany(null, ref)).toMatchObject({
      isVerified: true,
      verifiedDomain: "yunshang.example",
    });

    // an employee's work address: their waiting claim is approved by it
    const employee = await createMember();
    expect(
      (await appErrorOf(requestWorkEmailVerification(employee, ref, { email: "li@yunshang.example" }, "en")))
        .messageKey,
    ).toBe("company.claimEmployeeFirst");
    const tie = await claimRelation(employee, ref, { kind: "employee", title: "工程师" });
    await requestWorkEmailVerification(employee, ref, { email: "li@yunshang.example" }, "en");
    const workToken = await issueUserToken(employee.id, "work_email", db, {
      subjectId: tie.id,
      email: "li@yunshang.example",
    });
    await confirmCompanyEmail({ token: workToken }, "work");
    expect((await listRelations(null, ref, { kind: "employee" })).items[0]).toMatchObject({
      person: { id: employee.id },
      isVerifiedEmployee: true,
      status: "approved",
    });

    // a website moved elsewhere takes the mark away
    await updateCompany(owner, ref, { website: "https://other.example" });
    expect(await getCompany(null, ref)).toMatchObject({ isVerified: false, verifiedDomain: null });
  });
});
