import { describe, expect, it } from "vitest";
import { monthsBetween, tenure, toMonthString } from "./dates";

const m = (s: string) => new Date(`${s}-01T00:00:00Z`);

describe("position dates", () => {
  it("counts both end months", () => {
    expect(monthsBetween(m("2024-01"), m("2024-03"))).toBe(3);
    expect(monthsBetween(m("2023-11"), m("2024-02"))).toBe(4);
  });

  it("gives years and months, ongoing ones up to this month", () => {
    expect(tenure(m("2021-03"), m("2026-11"))).toEqual({ years: 5, months: 9 });
    expect(tenure(m("2026-11"), null, new Date("2026-11-24T10:00:00Z"))).toEqual({ years: 0, months: 1 });
    expect(tenure(m("2020-01"), m("2020-12"))).toEqual({ years: 1, months: 0 });
  });

  it("writes months as YYYY-MM", () => {
    expect(toMonthString(m("2024-03"))).toBe("2024-03");
    expect(toMonthString(null)).toBe("");
  });
});
