import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { DomainEvent, DomainEventOf, DomainEventType } from "./domain-events";

type Tx = Prisma.TransactionClient;
type Handlers<Extra extends unknown[]> = {
  [T in DomainEventType]?: (event: DomainEventOf<T>, ...extra: Extra) => Promise<void> | void;
};

/**
 * A domain's follow-ups to events, declared beside the domain. `inTransaction` handlers write in the emitter's
 * transaction (search outbox rows, notification rows: they commit or roll back with the change);
 * `afterCommit` handlers run in the writing process once it committed (dropping cached pages, queuing jobs).
 */
export type Subscriber = {
  name: string;
  inTransaction?: Handlers<[tx: Tx]>;
  afterCommit?: Handlers<[]>;
};

// on globalThis: Next.js bundles instrumentation.ts apart from the routes, which must see the same list
const registry = globalThis as unknown as { renmaiSubscribers?: Subscriber[] };

/**
 * The composition root (lib/composition/wiring.ts) hands every domain's subscribers over, once per process.
 * Returns the list it replaced (a test that swaps in its own puts the old one back).
 */
export function registerSubscribers(subscribers: Subscriber[]): Subscriber[] | undefined {
  const previous = registry.renmaiSubscribers;
  registry.renmaiSubscribers = subscribers;
  return previous;
}

function subscribers(): Subscriber[] {
  if (!registry.renmaiSubscribers)
    throw new Error("no event subscribers in this process: import @/lib/composition/wiring at its entry");
  return registry.renmaiSubscribers;
}

const pendingOf = new WeakMap<Tx, DomainEvent[]>();

/**
 * Runs `work` in one transaction where it may emit events; their after-commit follow-ups run once it has
 * committed (none when it throws).
 */
export async function transaction<T>(
  work: (tx: Tx) => Promise<T>,
  options?: { isolationLevel?: Prisma.TransactionIsolationLevel; timeout?: number },
): Promise<T> {
  const pending: DomainEvent[] = [];
  const result = await db.$transaction(async (tx) => {
    pendingOf.set(tx, pending);
    return work(tx);
  }, options);
  await runAfterCommit(pending);
  return result;
}

/** Says what happened, inside a transaction opened by `transaction()`. */
export async function emit(tx: Tx, event: DomainEvent) {
  const pending = pendingOf.get(tx);
  if (!pending) throw new Error(`${event.type} emitted outside transaction(): its follow-ups would be lost`);
  for (const subscriber of subscribers()) await handlerOf(subscriber.inTransaction, event)?.(event, tx);
  pending.push(event);
}

async function runAfterCommit(events: DomainEvent[]) {
  for (const event of events)
    for (const subscriber of subscribers()) await handlerOf(subscriber.afterCommit, event)?.(event);
}

function handlerOf<Extra extends unknown[]>(handlers: Handlers<Extra> | undefined, event: DomainEvent) {
  return handlers?.[event.type] as
    ((event: DomainEvent, ...extra: Extra) => Promise<void> | void) | undefined;
}
