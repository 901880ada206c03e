import { describe, expect, it } from "vitest";
import { cachedAudienceFor, cachedProfilePath } from "./cached-profile";

describe("cachedAudienceFor", () => {
  const none = { isConnected: false, isBlocked: false };

  it("sends visitors and other members to their cached render", () => {
    expect(cachedAudienceFor(null, "maria-lopez", none)).toBe("anonymous");
    expect(cachedAudienceFor({ handle: "zhang-congcong" }, "maria-lopez", none)).toBe("member");
    expect(cachedAudienceFor({ handle: null }, "maria-lopez", none)).toBe("member");
  });

  it("renders for the owner, their connections and members blocked either way", () => {
    expect(cachedAudienceFor({ handle: "maria-lopez" }, "maria-lopez", none)).toBeNull();
    expect(cachedAudienceFor({ handle: "maria-lopez" }, "Maria-Lopez", none)).toBeNull();
    const zhang = { handle: "zhang-congcong" };
    expect(cachedAudienceFor(zhang, "maria-lopez", { isConnected: true, isBlocked: false })).toBeNull();
    expect(cachedAudienceFor(zhang, "maria-lopez", { isConnected: false, isBlocked: true })).toBeNull();
  });
});

describe("cachedProfilePath", () => {
  it("gives every spelling of a handle the one render that expiring it drops", () => {
    expect(cachedProfilePath("member", "zh-CN", "Maria-Lopez")).toBe("/cached/member/zh-CN/in/maria-lopez");
    expect(cachedProfilePath("anonymous", "en", "maria-lopez")).toBe("/cached/anonymous/en/in/maria-lopez");
  });
});
