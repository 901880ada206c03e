import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { appErrorOf, createMember } from "@/tests/helpers";
import { addEntry } from "../entries";
import { getOwnProfile } from "../get-profile";
import { setSkills } from "../set-skills";
import { updateProfile } from "../update-profile";
import { exportJsonResume } from "./export-json-resume";
import { applyImport, previewImport } from "./import-profile";
import { jsonResumeProblems } from "./json-resume";
import { readImport } from "./read-import";

const file = (name: string, content: string | Uint8Array, type = "application/json") =>
  new File([typeof content === "string" ? content : new Uint8Array(content)], name, { type });

async function fillProfile(owner: Awaited<ReturnType<typeof createMember>>) {
  await updateProfile(owner, owner.handle, {
    headline: "数据科学家 · Data Scientist",
    about: "I turn **data** into decisions.\n\n- 推荐系统\n- A/B testing",
    city: "深圳",
    region: "广东",
    country: "CN",
    industry: "internet",
    contactEmail: "ds@renmai.test",
    phone: "+86 755 1234 5678",
    website: "https://ds.example.com",
    wechatId: "ds_wechat",
  });
  await addEntry(owner, owner.handle, "position", {
    companyName: "字节跳动",
    title: "数据科学家",
    startDate: "2020-04",
    description: "推荐算法",
  });
  await addEntry(owner, owner.handle, "position", {
    companyName: "腾讯",
    title: "分析师",
    startDate: "2016-07",
    endDate: "2020-03",
  });
  await addEntry(owner, owner.handle, "education", {
    school: "清华大学",
    degree: "硕士",
    fieldOfStudy: "统计学",
    startYear: 2013,
    endYear: 2016,
  });
  await addEntry(owner, owner.handle, "certification", {
    name: "AWS Certified ML",
    issuer: "Amazon Web Services",
    issuedOn: "2022-05",
    credentialUrl: "https://aws.example/cert",
  });
  await addEntry(owner, owner.handle, "language", { name: "中文", proficiency: "native_or_bilingual" });
  await addEntry(owner, owner.handle, "language", { name: "English", proficiency: "full_professional" });
  await setSkills(owner, owner.handle, { skills: ["Python", "SQL", "机器学习"] });
}

const NONE = {
  positions: 0,
  education: 0,
  certifications: 0,
  languages: 0,
  projects: 0,
  volunteering: 0,
  honors: 0,
  publications: 0,
  skills: 0,
};

/** A profile's content without ids and dates of writing, to compare two profiles. */
async function content(userId: string) {
  const p = await getOwnProfile({ id: userId });
  const strip = <T extends { id: string }>(rows: T[] | null) =>
    (rows ?? []).map(({ id: _id, ...rest }) => rest);
  return {
    headline: p.headline,
    about: p.about,
    location: p.location,
    industry: p.industry,
    contact: p.contact,
    positions: strip(p.positions),
    education: strip(p.education),
    certifications: strip(p.certifications),
    languages: strip(p.languages),
    skills: p.skills?.map((s) => s.name),
  };
}

describe("JSON Resume", () => {
  it("exports a profile that passes the JSON Resume schema, and imports into another account the same", async () => {
    const source = await createMember();
    await fillProfile(source);
    const resume = await exportJsonResume(source, source.handle);
    expect(jsonResumeProblems(resume)).toEqual([]);
    expect(resume).toMatchObject({
      basics: { label: "数据科学家 · Data Scientist", location: { countryCode: "CN" } },
    });

    const target = await createMember();
    const data = await readImport([file("resume.json", JSON.stringify(resume))]);
    const preview = await previewImport(target, target.handle, data);
    expect(preview.added).toEqual({
      ...NONE,
      positions: 2,
      education: 1,
      certifications: 1,
      languages: 2,
      skills: 3,
    });
    expect(await db.position.count({ where: { profileId: target.id } })).toBe(0);

    await applyImport(target, target.handle, data);
    expect(await content(target.id)).toEqual(await content(source.id));

    // importing again adds nothing twice
    const again = await applyImport(target, target.handle, data);
    expect(again.added).toEqual(NONE);
    expect(again.skipped.positions).toBe(2);
    expect(await db.position.count({ where: { profileId: target.id } })).toBe(2);
  });

  it("refuses malformed files with a clear error and stores nothing", async () => {
    const target = await createMember();
    expect((await appErrorOf(readImport([file("r.json", "{ not json")]))).details.fields).toEqual({
      file: "import.notJson",
    });
    const notResume = await appErrorOf(readImport([file("r.json", JSON.stringify({ work: "everywhere" }))]));
    expect(notResume.details.fields).toEqual({ file: "import.notJsonResume" });
    expect(String(notResume.details.values?.detail)).toMatch(/work/);

    const hostile = await readImport([
      file(
        "r.json",
        JSON.stringify({
          basics: { url: "javascript:alert(1)", label: "<img src=x onerror=alert(1)>" },
          work: [{ name: "A", position: "B" }],
        }),
      ),
    ]);
    const error = await appErrorOf(applyImport(target, target.handle, hostile));
    expect(error.details.fields).toMatchObject({
      "fields.website": "url.invalid",
      "positions.0.startDate": "month.invalid",
    });
    // the tag in the headline is read as HTML: it has no text, so no headline comes of it
    expect(Object.keys(error.details.fields ?? {})).not.toContain("fields.headline");
    expect(await content(target.id)).toMatchObject({ headline: "", positions: [] });
    expect((await appErrorOf(readImport([]))).details.fields).toEqual({ file: "import.noFile" });
  });

  it("imports a JSON Resume written in HTML, as the profile's Markdown", async () => {
    const target = await createMember();
    const data = await readImport([
      file(
        "r.json",
        JSON.stringify({
          basics: {
            label: "<b>Head</b> of 增长 🚀",
            summary:
              "<p>I build <strong>teams</strong> &amp; products.<br>第二行</p><ul><li>招聘</li><li>OKR 🎯</li></ul><script>alert(1)</script><img src='https://t.example/pixel.gif'>",
          },
          work: [
            {
              name: "阿里巴巴",
              position: "增长负责人",
              startDate: "2021-03-01",
              summary: "<p>Led <a href='https://example.com/x'>the launch</a>.</p>",
            },
          ],
        }),
      ),
    ]);
    await applyImport(target, target.handle, data);
    const profile = await getOwnProfile(target);
    expect(profile.headline).toBe("Head of 增长 🚀");
    expect(profile.about).toBe("I build **teams** & products.\n第二行\n\n- 招聘\n- OKR 🎯");
    expect(profile.positions?.[0]?.description).toBe("Led [the launch](https://example.com/x).");
  });

  it("says in the preview what it keeps for the export without showing it", async () => {
    const target = await createMember();
    const data = await readImport([
      file(
        "r.json",
        JSON.stringify({
          basics: {
            name: "Li",
            location: { city: "杭州", address: "文一西路 969 号", postalCode: "311121" },
            profiles: [
              { network: "GitHub", username: "li", url: "https://github.com/li" },
              { network: "WeChat", username: "li_wechat" },
            ],
          },
          work: [{ name: "阿里巴巴", position: "工程师", startDate: "2020-01", url: "https://alibaba.com" }],
          education: [{ institution: "浙江大学", score: "3.8" }],
          skills: [{ name: "Go", level: "Master" }],
          volunteer: [{ organization: "壹基金" }, { organization: "Red Cross" }],
          awards: [{ title: "最佳新人" }],
          projects: [{ name: "Renmai" }],
        }),
      ),
    ]);
    const preview = await previewImport(target, target.handle, data);
    expect(preview.leftOut).toEqual([
      { part: "profiles", count: 1 },
      { part: "address", count: 1 },
      { part: "workUrls", count: 1 },
      { part: "educationScores", count: 1 },
      { part: "skillLevels", count: 1 },
    ]);
    expect(preview.added).toMatchObject({ volunteering: 2, honors: 1, projects: 1 });
    expect(preview.fields).toContain("wechatId");
  });

  it("lets only the owner export or import", async () => {
    const owner = await createMember();
    const stranger = await createMember();
    expect((await appErrorOf(exportJsonResume(stranger, owner.handle))).code).toBe("forbidden");
    expect((await appErrorOf(exportJsonResume(null, owner.handle))).code).toBe("unauthenticated");
    const data = {
      fields: {},
      positions: [],
      education: [],
      certifications: [],
      languages: [],
      skills: ["Go"],
    };
    expect((await appErrorOf(applyImport(stranger, owner.handle, data))).code).toBe("forbidden");
  });
});

describe("LinkedIn export", () => {
  const PROFILE_CSV =
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n" +
    'Anna,Schmidt,,,,"Product Lead, B2B SaaS","Building tools for SMEs.",Software Development,,"Berlin, Berlin, Germany",,[PORTFOLIO:https://anna.example.com],"[WECHAT:anna_s],[QQ:12345]"\n';
  const POSITIONS_CSV =
    "Company Name,Title,Description,Location,Started On,Finished On\n" +
    'Northwind Software,Product Lead,"Owns the partner portal","Berlin, Germany",Jan 2022,\n' +
    "SAP,Product Manager,,Walldorf,Sep 2017,Dec 2021\n";
  const EDUCATION_CSV =
    "School Name,Start Date,End Date,Notes,Degree Name,Activities\nTechnical University of Munich,2011,2016,,M.Sc.,学生会 · Robotics club\n";
  const SKILLS_CSV = "Name\nProduct Management\nSQL\n";
  const LANGUAGES_CSV =
    "Name,Proficiency\nGerman,Native or bilingual proficiency\n中文,Limited working proficiency\nEnglish,Full professional proficiency\n";
  const CERTIFICATIONS_CSV =
    "Name,Url,Authority,Started On,Finished On,License Number\nProfessional Scrum Product Owner,https://scrum.org/x,Scrum.org,Mar 2020,,PSPO-123\n";

  it("reads the .zip LinkedIn sends, with its own column names", async () => {
    const zip = zipSync({
      "Basic_LinkedInDataExport_11-24-2026/Profile.csv": strToU8(`\uFEFF${PROFILE_CSV}`),
      "Basic_LinkedInDataExport_11-24-2026/Positions.csv": strToU8(POSITIONS_CSV),
      "Basic_LinkedInDataExport_11-24-2026/Education.csv": strToU8(EDUCATION_CSV),
      "Basic_LinkedInDataExport_11-24-2026/Skills.csv": strToU8(SKILLS_CSV),
      "Basic_LinkedInDataExport_11-24-2026/Languages.csv": strToU8(LANGUAGES_CSV),
      "Basic_LinkedInDataExport_11-24-2026/Certifications.csv": strToU8(CERTIFICATIONS_CSV),
      "Basic_LinkedInDataExport_11-24-2026/Connections.csv": strToU8("First Name\nSomeone\n"),
      "Basic_LinkedInDataExport_11-24-2026/Projects.csv": strToU8(
        "Title,Description,Url,Started On,Finished On\nPartner portal,B2B self-service,https://portal.example.com,Feb 2022,Oct 2022\n",
      ),
      "Basic_LinkedInDataExport_11-24-2026/Honors.csv": strToU8(
        "Title,Description,Issued On\nProduct Leader of the Year 🏆,Berlin SaaS Awards,Nov 2023\n",
      ),
      "Basic_LinkedInDataExport_11-24-2026/Volunteering.csv": strToU8(
        "Company Name,Role,Cause,Started On,Finished On,Description\nCode for Germany,Mentor,Education,Jan 2019,,Weekly mentoring\n",
      ),
    });
    const target = await createMember();
    const data = await readImport([file("export.zip", zip, "application/zip")]);
    expect(data.leftOut).toEqual([{ part: "file", count: 1, name: "Connections.csv" }]);
    await applyImport(target, target.handle, data);
    const own = await getOwnProfile(target);
    expect(own.projects?.[0]).toMatchObject({ title: "Partner portal", url: "https://portal.example.com" });
    expect(own.honors?.[0]).toMatchObject({ title: "Product Leader of the Year 🏆" });
    expect(own.volunteering?.[0]).toMatchObject({ title: "Mentor", organization: "Code for Germany" });
    const imported = await content(target.id);
    expect(imported).toMatchObject({
      headline: "Product Lead, B2B SaaS",
      about: "Building tools for SMEs.",
      industry: "software",
      location: { city: "Berlin", region: "Berlin", country: "DE" },
      contact: { website: "https://anna.example.com" },
      skills: ["Product Management", "SQL"],
    });
    expect(
      imported.positions.map((p) => [
        p.title,
        p.startDate.toISOString().slice(0, 7),
        p.endDate?.toISOString().slice(0, 7) ?? null,
      ]),
    ).toEqual([
      ["Product Lead", "2022-01", null],
      ["Product Manager", "2017-09", "2021-12"],
    ]);
    expect(imported.education).toMatchObject([
      {
        school: "Technical University of Munich",
        degree: "M.Sc.",
        startYear: 2011,
        endYear: 2016,
        description: "学生会 · Robotics club",
      },
    ]);
    expect(imported.contact).toMatchObject({ wechatId: "anna_s" });
    expect(imported.languages.map((l) => [l.name, l.proficiency])).toEqual([
      ["German", "native_or_bilingual"],
      ["中文", "limited_working"],
      ["English", "full_professional"],
    ]);
    expect(imported.certifications).toMatchObject([
      { name: "Professional Scrum Product Owner", issuer: "Scrum.org", credentialId: "PSPO-123" },
    ]);
  });

  it("takes the CSV files on their own too, and refuses what isn't LinkedIn's", async () => {
    const data = await readImport([
      file("Positions.csv", POSITIONS_CSV, "text/csv"),
      file("Skills.csv", SKILLS_CSV, "text/csv"),
    ]);
    expect(data.positions).toHaveLength(2);
    expect(
      (await appErrorOf(readImport([file("Positions.csv", "Company,Role\nA,B\n", "text/csv")]))).details,
    ).toMatchObject({
      fields: { file: "import.linkedInColumns" },
      values: { file: "positions.csv" },
    });
    expect(
      (await appErrorOf(readImport([file("notes.csv", "a,b\n1,2\n", "text/csv")]))).details.fields,
    ).toEqual({
      file: "import.noLinkedInFiles",
    });
    expect(
      (await appErrorOf(readImport([file("x.zip", Buffer.from("PK\u0003\u0004 broken"), "application/zip")])))
        .details.fields,
    ).toEqual({
      file: "import.badZip",
    });
    const bomb = zipSync({ "Skills.csv": new Uint8Array(6 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    expect(
      (await appErrorOf(readImport([file("bomb.zip", bomb, "application/zip")]))).details.fields,
    ).toEqual({
      file: "import.tooLarge",
    });
    for (const path of [
      "../Skills.csv",
      "export/../../Skills.csv",
      "/etc/Skills.csv",
      "C:\\Skills.csv",
      "a\\..\\Skills.csv",
    ]) {
      const crafted = zipSync({ [path]: strToU8("Name\nSQL\n") });
      expect(
        (await appErrorOf(readImport([file("crafted.zip", crafted, "application/zip")]))).details.fields,
        path,
      ).toEqual({
        file: "import.unsafeZipPath",
      });
    }
  });
});
