import { describe, expect, it } from "vitest";
import { createFormatter } from "use-intl/core";
import { timeAgo } from "./relative-time";

describe("timeAgo", () => {
  const now = new Date("2026-12-03T12:00:00Z");
  const zh = createFormatter({ locale: "zh-CN", timeZone: "Asia/Shanghai" });
  it("says 刚刚 for the last minute, not 现在", () => {
    expect(timeAgo(zh, "刚刚", new Date(now.getTime() - 5_000), now)).toBe("刚刚");
    expect(timeAgo(zh, "刚刚", now, now)).toBe("刚刚");
    // a clock a little ahead of the server's is still just now
    expect(timeAgo(zh, "刚刚", new Date(now.getTime() + 3_000), now)).toBe("刚刚");
  });
  it("counts minutes, hours and days after that", () => {
    expect(timeAgo(zh, "刚刚", new Date(now.getTime() - 3 * 60_000), now)).toBe("3分钟前");
    const en = createFormatter({ locale: "en", timeZone: "UTC" });
    expect(timeAgo(en, "just now", new Date(now.getTime() - 2 * 86_400_000), now)).toBe("2 days ago");
  });
});
