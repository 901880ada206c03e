import { inject } from "vitest";

Object.assign(process.env, inject("serviceEnv"));
// the domains' search sources, as the worker has them (tests drain the outbox themselves)
await import("@/lib/composition/wiring");
