import { describe, expect, it } from "vitest";
import { firstLinkIn, hashtagsIn, mentionsIn, splitPostText } from "./post-text";

describe("hashtags", () => {
  it("finds Chinese and Latin hashtags, lower-cased and each once", () => {
    expect(hashtagsIn("今天聊聊 #跨境电商 和 #SaaS，还有 #saas 与 #产品管理#。")).toEqual([
      "跨境电商",
      "saas",
      "产品管理",
    ]);
  });

  it("leaves out what only looks like one", () => {
    expect(hashtagsIn("I write C# and F#, see https://x.example/#section and a#b &#39;")).toEqual([]);
  });
});

describe("mentions", () => {
  it("finds handles after @, not email addresses", () => {
    expect(mentionsIn("谢谢 @li-wei 和 @priya-sharma! mail me: zhang@renmai.example")).toEqual([
      "li-wei",
      "priya-sharma",
    ]);
  });
});

describe("links", () => {
  it("takes the first http(s) link without the punctuation after it", () => {
    expect(firstLinkIn("看看这篇：https://example.com/a?b=1。很好")).toBe("https://example.com/a?b=1");
    expect(firstLinkIn("(see https://example.com/path).")).toBe("https://example.com/path");
    expect(firstLinkIn("javascript:alert(1) ftp://x.example")).toBeNull();
  });
});

describe("splitPostText", () => {
  it("cuts text into plain parts, hashtags, mentions of members and links", () => {
    const parts = splitPostText(
      "Hi @li-wei @nobody-here #增长 https://example.com/#frag",
      (h) => h === "li-wei",
    );
    expect(parts).toEqual([
      { kind: "text", text: "Hi " },
      { kind: "mention", text: "@li-wei", handle: "li-wei" },
      { kind: "text", text: " @nobody-here " },
      { kind: "hashtag", text: "#增长", tag: "增长" },
      { kind: "text", text: " " },
      { kind: "link", text: "https://example.com/#frag", href: "https://example.com/#frag" },
    ]);
  });

  it("keeps markup as text", () => {
    expect(splitPostText("<img src=x onerror=alert(1)>")).toEqual([
      { kind: "text", text: "<img src=x onerror=alert(1)>" },
    ]);
  });
});
