import { Meilisearch } from "meilisearch";
import { env } from "@/lib/env";

let client: Meilisearch | undefined;

export function search(): Meilisearch {
  client ??= new Meilisearch({
    host: env().MEILI_HOST,
    apiKey: env().MEILI_MASTER_KEY || undefined,
    timeout: 5_000,
  });
  return client;
}

export async function isSearchHealthy(client: Meilisearch = search()): Promise<boolean> {
  try {
    return (await client.health()).status === "available";
  } catch {
    return false;
  }
}
