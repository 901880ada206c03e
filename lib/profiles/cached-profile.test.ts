import { describe, expect, it } from "vitest";
import { cachedAudienceFor, cachedProfilePath } from "./cached-profile";

describe("cachedAudienceFor", () => {
  it("sends visitors and other members to their cached render, and the owner to their own", () => {
    expect(cachedAudienceFor(null, "maria-lopez")).toBe("anonymous");
    expect(cachedAudienceFor({ handle: "zhang-congcong" }, "maria-lopez")).toBe("member");
    expect(cachedAudienceFor({ handle: null }, "maria-lopez")).toBe("member");
    expect(cachedAudienceFor({ handle: "maria-lopez" }, "maria-lopez")).toBeNull();
    expect(cachedAudienceFor({ handle: "maria-lopez" }, "Maria-Lopez")).toBeNull();
  });
});

describe("cachedProfilePath", () => {
  it("gives every spelling of a handle the one render that expiring it drops", () => {
    expect(cachedProfilePath("member", "zh-CN", "Maria-Lopez")).toBe("/cached/member/zh-CN/in/maria-lopez");
    expect(cachedProfilePath("anonymous", "en", "maria-lopez")).toBe("/cached/anonymous/en/in/maria-lopez");
  });
});
