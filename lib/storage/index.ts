import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { localDiskStorage } from "./local-disk";
import { s3Storage } from "./s3";
import type { Storage } from "./storage";

let storage: Storage | undefined;

/** The configured storage: an S3-compatible bucket when S3_BUCKET is set, else local disk under UPLOADS_DIR. */
export function fileStorage(): Storage {
  if (storage) return storage;
  const config = env();
  storage = config.S3_BUCKET
    ? s3Storage({
        bucket: config.S3_BUCKET,
        client: {
          region: config.S3_REGION,
          endpoint: config.S3_ENDPOINT,
          forcePathStyle: config.S3_FORCE_PATH_STYLE,
          ...(config.S3_ACCESS_KEY_ID &&
            config.S3_SECRET_ACCESS_KEY && {
              credentials: {
                accessKeyId: config.S3_ACCESS_KEY_ID,
                secretAccessKey: config.S3_SECRET_ACCESS_KEY,
              },
            }),
        },
      })
    : localDiskStorage(path.resolve(config.UPLOADS_DIR));
  return storage;
}
