import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { decodeCursor, encodeCursor, PageQuerySchema, toPage } from "./pagination";

describe("cursor pagination", () => {
  it("round-trips a keyset cursor", () => {
    const key = { createdAt: "2026-11-24T00:00:00.000Z", id: "abc" };
    expect(decodeCursor(encodeCursor(key), z.object({ createdAt: z.string(), id: z.string() }))).toEqual(key);
  });

  it.each(["garbage", encodeCursor({ other: "x" }), "%%%"])("refuses a tampered cursor %s", (cursor) => {
    expect(() => decodeCursor(cursor, z.object({ id: z.string() }))).toThrow(AppError);
  });

  it("uses the extra row only to say there is a next page", () => {
    const page = toPage([1, 2, 3], 2, (n) => ({ n: String(n) }));
    expect(page.items).toEqual([1, 2]);
    expect(decodeCursor(page.nextCursor!, z.object({ n: z.string() }))).toEqual({ n: "2" });
    expect(toPage([1, 2], 2, (n) => ({ n: String(n) })).nextCursor).toBeNull();
  });

  it("bounds the page size", () => {
    expect(PageQuerySchema.parse({}).limit).toBe(20);
    expect(PageQuerySchema.safeParse({ limit: "1000" }).success).toBe(false);
    expect(PageQuerySchema.safeParse({ limit: "0" }).success).toBe(false);
  });
});
