import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi-document";

const API_ROOTS = ["app/api/v1", "app/api/health"];
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every route handler file and the HTTP methods it exports, as "METHOD /path" with {params}. */
function routesOnDisk(): string[] {
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const source = fs.readFileSync(full, "utf8");
        const urlPath = `/${path.relative("app", dir)}`.replace(/\[([^\]]+)\]/g, "{$1}");
        for (const method of METHODS) {
          if (new RegExp(`export (const|async function|function) ${method}\\b|as ${method}\\b`).test(source))
            routes.push(`${method} ${urlPath}`);
        }
      }
    }
  };
  for (const root of API_ROOTS) walk(root);
  return routes.sort();
}

describe("OpenAPI document", () => {
  const document = openApiDocument();

  it("is OpenAPI 3.1", () => {
    expect(document.openapi).toBe("3.1.0");
  });

  it("documents every REST route on disk, and nothing that isn't there", () => {
    const documented = Object.entries(document.paths ?? {})
      .flatMap(([p, item]) => METHODS.filter((m) => m.toLowerCase() in (item ?? {})).map((m) => `${m} ${p}`))
      .sort();
    expect(routesOnDisk().length).toBeGreaterThan(5);
    expect(documented).toEqual(routesOnDisk());
  });
});
