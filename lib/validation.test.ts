import { describe, expect, it } from "vitest";
import { z } from "zod";
import { appErrorOf } from "@/tests/helpers";
import { parseInput } from "./validation";

const Schema = z.object({
  name: z.string(),
  tags: z.array(z.string()),
  nested: z.object({ note: z.string() }),
});
const valid = { name: "张聪聪 🙂", tags: ["前端"], nested: { note: "ok" } };

describe("parseInput", () => {
  it("refuses a NUL or a lone surrogate anywhere in the input, naming the field, whatever the schema", async () => {
    const cases: [unknown, string][] = [
      [{ ...valid, name: "a\u0000b" }, "name"],
      [{ ...valid, tags: ["ok", "\ud800"] }, "tags.1"],
      [{ ...valid, nested: { note: "\udfff tail" } }, "nested.note"],
      [{ ...valid, "bad\u0000key": 1 }, "_form"],
    ];
    for (const [input, field] of cases) {
      const error = await appErrorOf(Promise.resolve().then(() => parseInput(Schema, input)));
      expect(error.code).toBe("validation");
      expect(error.details.fields).toEqual({ [field]: "text.unstorableCharacters" });
    }
  });

  it("takes every well-formed string, emoji and Chinese included", () => {
    expect(parseInput(Schema, valid)).toEqual(valid);
  });
});
