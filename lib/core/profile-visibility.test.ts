import { describe, expect, it } from "vitest";
import { DEFAULT_VISIBILITY, isVisibleTo, readVisibility, visibleSections } from "./profile-visibility";

describe("profile visibility", () => {
  it("fills missing and unknown values with the defaults", () => {
    expect(readVisibility({})).toEqual(DEFAULT_VISIBILITY);
    expect(readVisibility(null)).toEqual(DEFAULT_VISIBILITY);
    expect(readVisibility({ phone: "everyone", about: "members", extra: "public" })).toEqual({
      ...DEFAULT_VISIBILITY,
      about: "members",
    });
  });

  it("reaches exactly the audiences of each level", () => {
    const audiences = ["self", "connection", "member", "anonymous"] as const;
    const reach = (level: Parameters<typeof isVisibleTo>[0]) =>
      audiences.filter((a) => isVisibleTo(level, a));
    expect(reach("public")).toEqual(["self", "connection", "member", "anonymous"]);
    expect(reach("members")).toEqual(["self", "connection", "member"]);
    expect(reach("connections")).toEqual(["self", "connection"]);
    expect(reach("only_me")).toEqual(["self"]);
  });

  it("keeps the phone from everyone but the member by default", () => {
    const settings = readVisibility({});
    expect(visibleSections(settings, "anonymous").has("phone")).toBe(false);
    expect(visibleSections(settings, "connection").has("phone")).toBe(false);
    expect(visibleSections(settings, "self").has("phone")).toBe(true);
    expect(visibleSections(settings, "anonymous").has("email")).toBe(false);
    expect(visibleSections(settings, "connection").has("email")).toBe(true);
  });
});
