import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { LOCALES } from "./locales";
import { MESSAGES } from "./messages";

type Tree = { [key: string]: string | Tree };
const keys = (tree: Tree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );

// a value for every argument any message takes (formatting fails on a missing one)
const SAMPLE_VALUES = {
  name: "张聪聪",
  role: "内容管理员",
  email: "a@b.c",
  query: "q",
  minutes: 3,
  time: "now",
  count: 2,
  page: 2,
  label: "2 位员工",
  degree: 2,
  max: 50,
  min: 3,
  percent: 60,
  headline: "产品经理",
  titles: "Designer",
  start: "Jan 2024",
  end: "Present",
  id: "ABC-123",
  handle: "zhang-congcong",
  detail: "instance.work[0] is not of a type(s) object",
  file: "Positions.csv",
  columns: "Title",
  others: 11,
  total: 12,
  skill: "React",
  city: "杭州",
  q: "wang",
  tag: "跨境电商",
  number: 2,
  domain: "yunshang.cn",
  company: "杭州云商科技",
  range: "¥3万–4.5万",
  period: "a month",
  countries: "China, Singapore",
  job: "高级前端工程师",
  stage: "Interview",
  n: 1,
  average: 4.5,
  when: "2 days ago",
  column: 12,
  project: "杭州产品经理",
  jobs: "高级前端工程师 · Product Manager",
  change: "+3",
  tie: "employee",
  url: "https://renmai.example/x",
  zone: "Asia/Shanghai",
  timeZone: "Asia/Shanghai",
  formatted: "1,234",
  step: "头像",
  skills: "Axure、用户研究",
  months: 14,
  // rich text's tags (t.rich): links around words
  terms: (chunks: string[]) => chunks.join(""),
  privacy: (chunks: string[]) => chunks.join(""),
  link: (chunks: string[]) => chunks.join(""),
};

const CJK = "\\p{Script=Han}|[\\u3000-\\u303f\\uff00-\\uffef]";

/** Every message of a language formatted with the sample values, by key. */
function formattedMessages(locale: (typeof LOCALES)[number]): [string, string][] {
  const t = createTranslator({ locale, messages: MESSAGES[locale], onError: () => undefined });
  return keys(MESSAGES[locale] as Tree).map((key) => {
    const date = key.startsWith("time.") ? new Date(0) : "2026年1月1日";
    return [key, t(key as never, { ...SAMPLE_VALUES, date } as never)];
  });
}

describe("message files", () => {
  it("have the same keys in every language", () => {
    const [first, ...rest] = LOCALES.map((l) => keys(MESSAGES[l] as Tree).sort());
    for (const other of rest) expect(other).toEqual(first);
  });

  it("speak to the member in one register in Chinese: 你, never 您", () => {
    const formal = keys(MESSAGES["zh-CN"] as Tree).filter((key) =>
      String(
        key.split(".").reduce<unknown>((node, part) => (node as Tree)[part], MESSAGES["zh-CN"]),
      ).includes("您"),
    );
    expect(formal).toEqual([]);
  });

  it("write names into Chinese sentences without spaces around them (张聪聪申请…, not 张聪聪 申请…)", () => {
    const padded = new RegExp(
      `(${CJK}) (${SAMPLE_VALUES.name}|${SAMPLE_VALUES.company})|(${SAMPLE_VALUES.name}|${SAMPLE_VALUES.company}) (${CJK})`,
      "u",
    );
    expect(formattedMessages("zh-CN").filter(([, text]) => padded.test(text))).toEqual([]);
  });

  it("use full-width punctuation inside Chinese text (，not ,)", () => {
    const ascii = new RegExp(`(${CJK})[,;:!?]|[,;:!?] ?(${CJK})`, "u");
    expect(formattedMessages("zh-CN").filter(([, text]) => ascii.test(text))).toEqual([]);
  });

  it("have no empty messages and every one formats", () => {
    for (const locale of LOCALES) {
      const t = createTranslator({
        locale,
        messages: MESSAGES[locale],
        onError: (error) => {
          throw error;
        },
      });
      for (const key of keys(MESSAGES[locale] as Tree)) {
        // pages pass dates as formatted strings, except to messages that format them ({date, date, medium})
        const date = key.startsWith("time.") ? new Date(0) : "1 Jan 2026";
        const text = t(key as never, { ...SAMPLE_VALUES, date } as never);
        expect(text.trim(), `${locale} ${key}`).not.toBe("");
      }
    }
  });
});

describe("error messages", () => {
  it("exist for every key lib/ throws", () => {
    const errorKeys = new Set(keys(MESSAGES.en.errors as Tree));
    const thrown = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name) && !entry.name.includes(".test.")) {
          const source = fs.readFileSync(full, "utf8");
          for (const match of source.matchAll(/new AppError\(\s*"\w+",\s*"([\w.]+)"/g)) thrown.add(match[1]!);
        }
      }
    };
    walk("lib");
    expect(thrown.size).toBeGreaterThan(20);
    expect([...thrown].filter((key) => !errorKeys.has(key))).toEqual([]);
  });
});
