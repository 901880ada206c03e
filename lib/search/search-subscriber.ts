import "server-only";
import type { DomainEvent, DomainEventType } from "@/lib/core/domain-events";
import type { Subscriber } from "@/lib/core/events";
import { recordSearchChange } from "./outbox";
import type { SearchChange, SearchSource, SearchSources } from "./sources";

/**
 * Records, in the writer's transaction, the outbox rows every index's source asks for on an event: the write
 * and its search follow-up commit together, and nothing is lost if Meilisearch is down.
 */
export function searchSubscriber(sources: SearchSources): Subscriber {
  const list = Object.values(sources);
  const types = new Set(list.flatMap((source) => Object.keys(source.follows) as DomainEventType[]));
  const record = async (event: DomainEvent, tx: Parameters<typeof recordSearchChange>[0]) => {
    for (const change of distinct(list.map((source) => changeOf(source, event))))
      await recordSearchChange(tx, change.entity, change.ids, change.op);
  };
  return { name: "search", inTransaction: Object.fromEntries([...types].map((type) => [type, record])) };
}

function changeOf(source: SearchSource, event: DomainEvent): SearchChange | null {
  const follow = source.follows[event.type] as ((event: DomainEvent) => SearchChange | null) | undefined;
  const change = follow?.(event);
  return change?.ids.length ? change : null;
}

function distinct(changes: (SearchChange | null)[]): SearchChange[] {
  const seen = new Map<string, SearchChange>();
  for (const change of changes)
    if (change) seen.set(`${change.entity} ${change.op ?? "upsert"} ${change.ids.join(",")}`, change);
  return [...seen.values()];
}
