import { describe, expect, it } from "vitest";
import { dayIn, endOfDayIn, isTimeZone, startOfDayIn, timeZoneOptions } from "./time-zones";

describe("time zones", () => {
  it("turn a calendar day in a zone into instants, and back, on both sides of the date line", () => {
    const shanghai = endOfDayIn("2027-01-01", "Asia/Shanghai");
    expect(shanghai.toISOString()).toBe("2027-01-01T15:59:59.000Z");
    expect(dayIn(shanghai, "Asia/Shanghai")).toBe("2027-01-01");
    expect(dayIn(shanghai, "America/Los_Angeles")).toBe("2027-01-01");
    expect(dayIn(shanghai, "Pacific/Auckland")).toBe("2027-01-02");
    expect(endOfDayIn("2027-07-01", "Europe/London").toISOString()).toBe("2027-07-01T22:59:59.000Z");
    expect(startOfDayIn("2027-03-14", "America/New_York").toISOString()).toBe("2027-03-14T05:00:00.000Z");
  });

  it("know IANA zones and list them by offset", () => {
    expect(isTimeZone("Asia/Shanghai")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    const options = timeZoneOptions(new Date("2027-01-15T00:00:00Z"));
    expect(options.find((o) => o.value === "Asia/Shanghai")?.label).toBe("(UTC+08:00) Asia/Shanghai");
    expect(options[0]!.offset).toBeLessThan(options.at(-1)!.offset);
  });
});
