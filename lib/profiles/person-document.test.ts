import { describe, expect, it } from "vitest";
import { addEntry } from "@/lib/profiles/entries";
import { setSkills } from "@/lib/profiles/set-skills";
import { updateProfile } from "@/lib/profiles/update-profile";
import { createMember } from "@/tests/helpers";
import { buildPersonDocuments } from "./person-document";

describe("person search documents", () => {
  it("carry what anonymous visitors see, in both languages, and nothing private", async () => {
    const owner = await createMember({ name: "王芳" });
    await updateProfile(owner, owner.handle, {
      headline: "前端工程师 · Frontend Engineer",
      about: "Hidden from the public",
      city: "杭州",
      country: "CN",
      contactEmail: "wang@renmai.test",
      phone: "+86 138 0000 0000",
      wechatId: "wang_fang_wx",
      visibility: { about: "members", education: "connections" },
    });
    await addEntry(owner, owner.handle, "position", {
      companyName: "阿里巴巴",
      title: "前端工程师",
      startDate: "2020-01",
    });
    await addEntry(owner, owner.handle, "education", { school: "浙江大学" });
    await setSkills(owner, owner.handle, { skills: ["React", "TypeScript"] });

    const [doc] = await buildPersonDocuments([owner.id]);
    expect(doc).toMatchObject({
      id: owner.id,
      handle: owner.handle,
      name: "王芳",
      headline: "前端工程师 · Frontend Engineer",
      about: null,
      city: "Hangzhou",
      cityNames: ["杭州"],
      countryNames: ["China", "中国"],
      currentTitle: "前端工程师",
      currentCompany: "阿里巴巴",
      currentCompanyName: "阿里巴巴",
      meanings: expect.arrayContaining(["front-end"]),
      companies: ["阿里巴巴"],
      skills: ["React", "TypeScript"],
      schools: [],
    });
    expect(JSON.stringify(doc)).not.toMatch(/wang@renmai\.test|138 0000|wang_fang_wx|Hidden from the public/);
  });
});
