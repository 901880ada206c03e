import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { appErrorOf, createMember } from "@/tests/helpers";
import { articleSlug } from "@/lib/articles/article-slug";
import { createArticle } from "@/lib/articles/create-article";
import { deleteArticle } from "@/lib/articles/delete-article";
import { publishArticle } from "@/lib/articles/publish-article";
import { recordArticleRead } from "@/lib/articles/record-article-read";
import { updateArticle } from "@/lib/articles/update-article";
import { loadPostCards } from "@/lib/feed/post-cards";
import { getArticle } from "./read-articles";

const visitor = (ip: string) => ({ ip, userAgent: "vitest" });

describe("articles", () => {
  it("get a readable address from Chinese and English titles", () => {
    expect(articleSlug("跨境电商的十个误区")).toMatch(/^kua-jing-dian-shang-de-shi-ge-wu-qu-[0-9a-f]{6}$/);
    expect(articleSlug("Why B2B onboarding fails")).toMatch(/^why-b2b-onboarding-fails-[0-9a-f]{6}$/);
    expect(articleSlug("!!!")).toMatch(/^[0-9a-f]{6}$/);
  });

  it("are drafts for their author until published, then everyone's, with a feed entry", async () => {
    const [author, reader] = await Promise.all([createMember(), createMember()]);
    const { id, slug } = await createArticle(author, {
      title: "管理的本质",
      body: "## 引言\n\n<script>alert(1)</script> [x](javascript:alert(2)) #管理",
      categoryId: "management",
    });
    expect((await appErrorOf(getArticle(reader, { slug }))).code).toBe("not_found");
    expect((await appErrorOf(getArticle(null, { slug }))).code).toBe("not_found");
    expect((await appErrorOf(updateArticle(reader, { articleId: id, title: "hijack" }))).code).toBe(
      "not_found",
    );
    expect(
      (await appErrorOf(createArticle(author, { title: "x", body: "y", categoryId: "no-such-category" })))
        .details.fields,
    ).toEqual({ categoryId: "invalid" });

    const draft = await getArticle(author, { slug });
    expect(draft.status).toBe("draft");
    expect(draft.body).not.toMatch(/(?<!\\)\]\(javascript:/); // only as escaped text
    expect(draft.body).toContain("\\<script>");

    const { postId } = await publishArticle(author, { articleId: id });
    const article = await getArticle(reader, { slug });
    expect(article).toMatchObject({
      status: "published",
      title: "管理的本质",
      category: { id: "management" },
    });
    const [card] = await loadPostCards(reader, [postId]);
    expect(card).toMatchObject({ kind: "article", article: { slug, title: "管理的本质" } });
    const hashtag = await db.postHashtag.findFirst({
      where: { postId },
      select: { hashtag: { select: { name: true } } },
    });
    expect(hashtag?.hashtag.name).toBe("管理");

    await deleteArticle(author, { articleId: id });
    expect((await appErrorOf(getArticle(reader, { slug }))).code).toBe("not_found");
    expect(await loadPostCards(reader, [postId])).toEqual([]);
  });

  it("count one read per member and one per anonymous visitor a day, never the author's", async () => {
    const [author, first, second] = await Promise.all([createMember(), createMember(), createMember()]);
    const { id, slug } = await createArticle(author, { title: "Reads", body: "Counting reads" });
    await recordArticleRead({ viewer: first, visitor: visitor("10.0.0.1") }, id); // a draft: not counted
    await publishArticle(author, { articleId: id });
    await Promise.all(
      [first, first, second, first, author].map((viewer) =>
        recordArticleRead({ viewer, visitor: visitor("10.0.0.1") }, id),
      ),
    );
    for (const ip of ["10.0.0.2", "10.0.0.2", "10.0.0.3"])
      await recordArticleRead({ viewer: null, visitor: visitor(ip) }, id);
    expect((await getArticle(author, { slug })).reads).toEqual({ members: 2, visitors: 2 });
  });
});
