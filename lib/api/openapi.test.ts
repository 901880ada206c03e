import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/composition/openapi-document";

const API_ROOTS = ["app/api/v1", "app/api/health"];
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

type Wrapper = "memberRoute" | "publicRoute" | "other";

/** Every route handler file and the HTTP methods it exports, as "METHOD /path" with {params}. */
function routesOnDisk(): string[] {
  return [...wrappersOnDisk().keys()].sort();
}

/** "METHOD /path" → the wrapper its handler is made with (memberRoute: signed in only). */
function wrappersOnDisk(): Map<string, Wrapper> {
  const routes = new Map<string, Wrapper>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const source = fs.readFileSync(full, "utf8");
        const urlPath = `/${path.relative("app", dir)}`.replace(/\[([^\]]+)\]/g, "{$1}");
        for (const method of METHODS) {
          if (!new RegExp(`export (const|async function|function) ${method}\\b|as ${method}\\b`).test(source))
            continue;
          const wrapper = new RegExp(`export const ${method} = (memberRoute|publicRoute)\\b`).exec(
            source,
          )?.[1];
          routes.set(`${method} ${urlPath}`, (wrapper as Wrapper | undefined) ?? "other");
        }
      }
    }
  };
  for (const root of API_ROOTS) walk(root);
  return routes;
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

  // the probe (e2e/api-probe.spec.ts) expects 401 for anonymous callers exactly where the document says so
  it("says which routes need a session exactly as their handlers do", () => {
    const mismatches: string[] = [];
    for (const [route, wrapper] of wrappersOnDisk()) {
      const [method, urlPath] = route.split(" ") as [string, string];
      const operation = (document.paths?.[urlPath] as Record<string, { security?: object[] }>)[
        method.toLowerCase()
      ]!;
      const security = operation.security ?? [];
      const isSessionRequired =
        security.length > 0 && security.every((requirement) => Object.keys(requirement).length > 0);
      if ((wrapper === "memberRoute") !== isSessionRequired)
        mismatches.push(`${route}: ${wrapper}, documented ${JSON.stringify(security)}`);
    }
    expect(mismatches).toEqual([]);
  });
});
