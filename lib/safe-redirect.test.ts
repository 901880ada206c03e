import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it.each(["/feed", "/settings?tab=1", "/in/zhang#about"])("keeps the same-site path %s", (path) => {
    expect(safeRedirectPath(path)).toBe(path);
  });

  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "",
    null,
    42,
    "feed",
  ])("refuses %j", (target) => {
    expect(safeRedirectPath(target)).toBe("/feed");
  });
});
