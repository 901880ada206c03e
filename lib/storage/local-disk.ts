import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { STORAGE_KEY, type Storage } from "./storage";

const CONTENT_TYPES: Record<string, string> = { ".webp": "image/webp", ".pdf": "application/pdf" };

function pathOf(root: string, key: string): string {
  if (!STORAGE_KEY.test(key)) throw new Error(`not a storage key: ${key}`);
  return path.join(root, key);
}

/** Files under one directory (UPLOADS_DIR); written to a temporary name first so a reader never sees half a file. */
export function localDiskStorage(root: string): Storage {
  return {
    async put(key, body) {
      const file = pathOf(root, key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      const partial = `${file}.${process.pid}.partial`;
      await fs.writeFile(partial, body);
      await fs.rename(partial, file);
    },
    async get(key) {
      if (!STORAGE_KEY.test(key)) return null;
      try {
        const body = await fs.readFile(path.join(root, key));
        return { body, contentType: CONTENT_TYPES[path.extname(key)] ?? "application/octet-stream" };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(keys) {
      await Promise.all(keys.map((key) => fs.rm(pathOf(root, key), { force: true })));
    },
  };
}
