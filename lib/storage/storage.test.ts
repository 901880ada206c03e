import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "@/scripts/services/ports";
import { localDiskStorage } from "./local-disk";
import { s3Storage } from "./s3";
import type { Storage } from "./storage";

// One contract, two drivers: local disk, and S3 spoken to a real S3-compatible server (s3rver) over HTTP.
const dirs: string[] = [];
let s3server: S3rver | undefined;
const drivers: Record<string, () => Promise<Storage>> = {
  "local disk": async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "renmai-uploads-"));
    dirs.push(dir);
    return localDiskStorage(dir);
  },
  S3: async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "renmai-s3-"));
    dirs.push(dir);
    const port = await findFreePort(4568);
    s3server = new S3rver({
      port,
      address: "127.0.0.1",
      silent: true,
      directory: dir,
      configureBuckets: [{ name: "renmai" }],
    });
    await s3server.run();
    return s3Storage({
      bucket: "renmai",
      client: {
        region: "us-east-1",
        endpoint: `http://127.0.0.1:${port}`,
        forcePathStyle: true,
        credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
      },
    });
  },
};

afterAll(async () => {
  await s3server?.close();
  await Promise.all(dirs.map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

for (const [name, create] of Object.entries(drivers)) {
  describe(`${name} storage`, () => {
    let storage: Storage;
    beforeAll(async () => {
      storage = await create();
    });

    it("keeps what is put, returns null for what isn't there, and deletes", async () => {
      const key = "avatars/user1/abc_DEF-123-lg.webp";
      const body = Buffer.from([0x52, 0x49, 0x46, 0x46, 1, 2, 3]);
      await storage.put(key, body, "image/webp");
      expect(await storage.get(key)).toEqual({ body, contentType: "image/webp" });
      expect(await storage.get("avatars/user1/missing-lg.webp")).toBeNull();
      await storage.delete([key, "avatars/user1/missing-md.webp"]);
      expect(await storage.get(key)).toBeNull();
    });

    it("never reads or writes outside its keys", async () => {
      expect(await storage.get("../../etc/passwd")).toBeNull();
      expect(await storage.get("avatars/user1/../../secrets.webp")).toBeNull();
      await expect(storage.put("../escape.webp", Buffer.from("x"), "image/webp")).rejects.toThrow(
        /not a storage key/,
      );
    });
  });
}
