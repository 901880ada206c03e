import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { syncIndexes } from "@/lib/search/sync-indexes";
import { search } from "@/lib/search/client";
import { drainOutboxBatch } from "@/lib/search/drain-outbox";
import { createMember } from "@/tests/helpers";
import { followCompany } from "./follows";
import { createProduct } from "./products";
import { createCompany, updateCompany } from "./save-company";

async function drainAll() {
  while ((await drainOutboxBatch()) > 0);
}

describe("companies in search", () => {
  beforeAll(async () => {
    await syncIndexes();
  });

  it("find a page by either name, industry, city, specialties and products, and follow its changes", async () => {
    const owner = await createMember();
    const slug = `lvjian-${randomBytes(4).toString("hex")}`;
    const ref = { slug };
    const { id } = await createCompany(owner, {
      slug,
      nameZh: "上海律简律师事务所",
      nameEn: "Lvjian Law Offices",
      industry: "legal",
      city: "上海",
      country: "CN",
      size: "size_51_200",
      specialties: ["跨境并购", "知识产权"],
      locations: [{ city: "Shenzhen", country: "CN" }],
    });
    await createProduct(owner, ref, {
      name: "合规体检 Compliance check",
      description: "为出海企业做合规体检",
    });
    await followCompany(owner, ref);
    await drainAll();
    const companies = search().index("companies");
    const find = async (q: string, filter?: string) =>
      (
        await companies.search(q, { filter: filter ? [`id = "${id}"`, filter].join(" AND ") : undefined })
      ).hits.map((hit) => hit.id);
    expect(await companies.getDocument(id)).toMatchObject({
      nameZh: "上海律简律师事务所",
      cities: ["Shanghai", "Shenzhen"],
      cityNames: ["上海", "Shenzhen"],
      followerCount: 1,
      products: [expect.stringContaining("合规体检")],
    });
    for (const q of ["律简", "Lvjian", "知识产权", "Compliance check"]) expect(await find(q)).toContain(id);
    expect(await find("", `industry = "legal" AND cities = "Shenzhen" AND size = "size_51_200"`)).toEqual([
      id,
    ]);

    await updateCompany(owner, ref, { nameEn: "Lvjian Legal" });
    await drainAll();
    expect(await companies.getDocument(id)).toMatchObject({ nameEn: "Lvjian Legal" });
  });
});
