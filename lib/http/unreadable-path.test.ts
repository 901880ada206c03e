import { describe, expect, it } from "vitest";
import { isUnreadablePath } from "./unreadable-path";

describe("isUnreadablePath", () => {
  it("refuses percent-encoding that isn't UTF-8 and encoded NULs", () => {
    for (const url of [
      "/in/%FF",
      "/company/%FF",
      "/api/v1/jobs/%C0%AF",
      "/in/zhang%00",
      "/%E4%B8",
      "/a%",
      "/search?q=%00",
      "/search?q=a&b=x%00y",
    ])
      expect(isUnreadablePath(url), url).toBe(true);
  });

  it("lets through any path that decodes, Chinese included, and a query's harmless encodings", () => {
    for (const url of [
      "/",
      "/in/zhang-congcong",
      "/feed/hashtag/%E4%BA%BA%E8%84%89",
      "/search?q=%FF",
      "/search?q=%2500",
      "/a%2500",
    ])
      expect(isUnreadablePath(url), url).toBe(false);
  });
});
