import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { searchSources } from "@/lib/search/sources";
import { NOTIFICATIONS } from "@/lib/notifications/subscribers";
import { PROFILE_PAGES } from "@/lib/profiles/subscribers";
import { COMPANY_PAGES } from "@/lib/companies/subscribers";
import { SUGGESTIONS } from "@/lib/network/subscribers";

// The event list (lib/core/domain-events.ts) is a contract: every event is emitted by some use case and
// followed by some subscriber, so an event nobody emits (or nobody hears) is found here, not in production.
const LIB = path.join(process.cwd(), "lib");
const eventTypes = [
  ...readFileSync(path.join(LIB, "core/domain-events.ts"), "utf8").matchAll(/^\s+"([a-z.]+)":/gm),
].map((match) => match[1]!);

function libSources(dir = LIB): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return libSources(file);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [readFileSync(file, "utf8")] : [];
  });
}

describe("the domain wiring", () => {
  it("reads the event list", () => {
    expect(eventTypes).toContain("profile.changed");
    expect(eventTypes.length).toBeGreaterThan(20);
  });

  it("has every event emitted by a use case", () => {
    const code = libSources().join("\n");
    const emitted = eventTypes.filter((type) =>
      new RegExp(`type: "${type.replaceAll(".", "\\.")}"`).test(code),
    );
    expect(eventTypes.filter((type) => !emitted.includes(type))).toEqual([]);
  });

  it("has every event followed by a subscriber or a search source", () => {
    const followed = new Set([
      ...[NOTIFICATIONS, PROFILE_PAGES, COMPANY_PAGES, SUGGESTIONS].flatMap((subscriber) => [
        ...Object.keys(subscriber.inTransaction ?? {}),
        ...Object.keys(subscriber.afterCommit ?? {}),
      ]),
      ...Object.values(searchSources()).flatMap((source) => Object.keys(source.follows)),
    ]);
    expect(eventTypes.filter((type) => !followed.has(type))).toEqual([]);
  });
});
