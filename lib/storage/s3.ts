import "server-only";
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from "@aws-sdk/client-s3";
import { STORAGE_KEY, type Storage } from "./storage";

export type S3Options = { bucket: string; client: S3ClientConfig };

/** Files in an S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, Aliyun OSS, …); the bucket can stay private. */
export function s3Storage({ bucket, client: config }: S3Options): Storage {
  const client = new S3Client(config);
  return {
    async put(key, body, contentType) {
      if (!STORAGE_KEY.test(key)) throw new Error(`not a storage key: ${key}`);
      await client.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }),
      );
    },
    async get(key) {
      if (!STORAGE_KEY.test(key)) return null;
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        const body = Buffer.from(await object.Body!.transformToByteArray());
        return { body, contentType: object.ContentType ?? "application/octet-stream" };
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === "NoSuchKey") return null;
        throw error;
      }
    },
    async delete(keys) {
      if (!keys.length) return;
      await client.send(
        new DeleteObjectsCommand({
          Bucket: bucket,
          Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true },
        }),
      );
    },
  };
}
