// Runs once when a Next.js server starts, before it takes requests: the web process gets the same domain wiring
// (search sources, event subscribers) as the worker, the seed and the tests.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("@/lib/composition/wiring");
}
