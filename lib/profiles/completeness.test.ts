import { describe, expect, it } from "vitest";
import { COMPLETENESS_STEPS, profileCompleteness, type CompletenessInput } from "./completeness";

const EMPTY: CompletenessInput = {
  hasPhoto: false,
  headline: "",
  about: " ",
  city: null,
  country: null,
  industry: null,
  positionCount: 0,
  educationCount: 0,
  skillCount: 0,
  languageCount: 0,
  hasContact: false,
};

describe("profileCompleteness", () => {
  it("weighs the steps to 100", () => {
    expect(COMPLETENESS_STEPS.reduce((sum, s) => sum + s.weight, 0)).toBe(100);
  });

  it("starts at 0 with the most valuable step first", () => {
    const { percent, missing } = profileCompleteness(EMPTY);
    expect(percent).toBe(0);
    expect(missing.slice(0, 3)).toEqual(["photo", "headline", "experience"]);
  });

  it("counts what is there and needs five skills", () => {
    const result = profileCompleteness({
      ...EMPTY,
      headline: "PM",
      positionCount: 1,
      skillCount: 4,
      country: "CN",
    });
    expect(result.percent).toBe(40);
    expect(result.missing).toContain("skills");
    expect(profileCompleteness({ ...EMPTY, skillCount: 5 }).missing).not.toContain("skills");
  });

  it("reaches 100 with nothing left", () => {
    const full = profileCompleteness({
      hasPhoto: true,
      headline: "PM",
      about: "Hi",
      city: "杭州",
      country: "CN",
      industry: "software",
      positionCount: 2,
      educationCount: 1,
      skillCount: 8,
      languageCount: 2,
      hasContact: true,
    });
    expect(full).toEqual({ percent: 100, missing: [] });
  });
});
