import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { localDiskStorage } from "./local-disk";
import type { Storage } from "./storage";

let storage: Storage | undefined;

/** The configured storage (local disk under UPLOADS_DIR). */
export function fileStorage(): Storage {
  storage ??= localDiskStorage(path.resolve(env().UPLOADS_DIR));
  return storage;
}
