import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { API_TYPES_FILE, renderApiTypes } from "@/scripts/api-types";

describe("generated/openapi-types.ts", () => {
  it("is the OpenAPI document's types as the routes register them now (else: npm run api:types)", async () => {
    expect(fs.readFileSync(API_TYPES_FILE, "utf8")).toBe(await renderApiTypes());
  });
});
