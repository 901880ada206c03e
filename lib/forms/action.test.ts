import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { formError } from "./action";

vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "en" }));

describe("a form's error state", () => {
  const invalid = (fields: Record<string, string>) => new AppError("validation", undefined, { fields });

  it("puts field messages under the form's own fields", async () => {
    const state = await formError(invalid({ headline: "text.required" }), { headline: "x" });
    expect(Object.keys(state.fields!)).toEqual(["headline"]);
    expect(state.message).toBe("Please check the highlighted fields.");
  });

  it("says in the form's message what went wrong where no field of the form could show it", async () => {
    const state = await formError(invalid({ "positions.3.title": "text.required" }), {}, new Set(["file"]));
    expect(state.message).toBe(state.fields!["positions.3.title"]);
    expect(state.message).not.toMatch(/highlighted/);
  });
});
