import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { CertificationSchema, PositionSchema, ProfileUpdateSchema, SkillsSchema } from "./schemas";

function fieldErrorsOf(schema: Parameters<typeof parseInput>[0], input: unknown) {
  try {
    parseInput(schema, input);
  } catch (error) {
    if (error instanceof AppError) return error.details.fields;
    throw error;
  }
  return undefined;
}

describe("profile input", () => {
  it("refuses a 100 000-character about with the limit in the message values", () => {
    const about = "很".repeat(100_000);
    try {
      parseInput(ProfileUpdateSchema, { about });
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).details.fields).toEqual({ about: "text.tooLong" });
      expect((error as AppError).details.fieldValues).toEqual({ about: { max: 2600 } });
    }
  });

  it("refuses HTML in every text field", () => {
    for (const field of ["headline", "about", "pronouns", "city", "region"]) {
      expect(fieldErrorsOf(ProfileUpdateSchema, { [field]: "<script>alert(1)</script>" }), field).toEqual({
        [field]: "text.noMarkup",
      });
    }
    expect(
      fieldErrorsOf(PositionSchema, {
        companyName: "<img src=x onerror=alert(1)>",
        title: "t",
        startDate: "2020-01",
      }),
    ).toEqual({
      companyName: "text.noMarkup",
    });
  });

  it("keeps text that merely mentions < and >", () => {
    expect(parseInput(ProfileUpdateSchema, { headline: "Latency < 10 ms, uptime > 99.9%" })).toEqual({
      headline: "Latency < 10 ms, uptime > 99.9%",
    });
  });

  it("accepts only http(s) links", () => {
    for (const website of [
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "data:text/html,<b>x</b>",
      "ftp://x.example",
      "vbscript:x",
    ]) {
      expect(fieldErrorsOf(ProfileUpdateSchema, { website }), website).toEqual({ website: "url.invalid" });
    }
    expect(fieldErrorsOf(CertificationSchema, { name: "PMP", credentialUrl: "javascript:alert(1)" })).toEqual(
      {
        credentialUrl: "url.invalid",
      },
    );
    expect(parseInput(ProfileUpdateSchema, { website: "congcong.example.com" })).toEqual({
      website: "https://congcong.example.com",
    });
  });

  it("checks handles, countries, phones and WeChat IDs", () => {
    expect(fieldErrorsOf(ProfileUpdateSchema, { handle: "张聪聪" })).toEqual({ handle: "handle.invalid" });
    expect(fieldErrorsOf(ProfileUpdateSchema, { handle: "a--b" })).toEqual({ handle: "handle.invalid" });
    expect(fieldErrorsOf(ProfileUpdateSchema, { handle: "edit" })).toEqual({ handle: "handle.reserved" });
    expect(parseInput(ProfileUpdateSchema, { handle: " Zhang-CongCong " })).toEqual({
      handle: "zhang-congcong",
    });
    expect(fieldErrorsOf(ProfileUpdateSchema, { country: "XX" })).toEqual({ country: "country.invalid" });
    expect(parseInput(ProfileUpdateSchema, { country: "cn" })).toEqual({ country: "CN" });
    expect(fieldErrorsOf(ProfileUpdateSchema, { phone: "call me" })).toEqual({ phone: "phone.invalid" });
    expect(fieldErrorsOf(ProfileUpdateSchema, { wechatId: "1abc" })).toEqual({ wechatId: "wechat.invalid" });
  });

  it("treats empty form fields as cleared and refuses unknown fields", () => {
    expect(parseInput(ProfileUpdateSchema, { city: "", website: " " })).toEqual({
      city: null,
      website: null,
    });
    expect(fieldErrorsOf(ProfileUpdateSchema, { userId: "someone-else" })).toEqual({ _form: "invalid" });
  });

  it("splits typed lists on Chinese and Latin separators", () => {
    expect(parseInput(ProfileUpdateSchema, { openToWorkTitles: "产品经理、Product Manager, 运营" })).toEqual({
      openToWorkTitles: ["产品经理", "Product Manager", "运营"],
    });
    expect(fieldErrorsOf(SkillsSchema, { skills: Array.from({ length: 51 }, (_, i) => `s${i}`) })).toEqual({
      skills: "list.tooMany",
    });
  });

  it("wants positions to end after they start", () => {
    expect(
      fieldErrorsOf(PositionSchema, {
        companyName: "A",
        title: "B",
        startDate: "2024-05",
        endDate: "2024-01",
      }),
    ).toEqual({
      endDate: "dates.endBeforeStart",
    });
    expect(fieldErrorsOf(PositionSchema, { companyName: "A", title: "B", startDate: "2024-13" })).toEqual({
      startDate: "month.invalid",
    });
  });
});

describe("multi-line text", () => {
  it("accepts the CRLF line breaks browsers submit", () => {
    expect(parseInput(ProfileUpdateSchema, { about: "Line one\r\n\r\n- item" })).toEqual({
      about: "Line one\n\n- item",
    });
  });
});
