import { z } from "zod";
import { proxyTrust } from "@/lib/http/client-address";
import { isLoopbackUrl } from "@/lib/http/loopback";

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" }),
    MEILI_HOST: z.url({ error: "must be an http(s) URL such as http://127.0.0.1:7700" }),
    MEILI_MASTER_KEY: z.string().default(""),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)"),
    APP_URL: z.url().default("http://localhost:3000"),
    SMTP_URL: z.string().optional(),
    MAIL_FROM: z.string().default("Renmai <no-reply@renmai.localhost>"),
    /** which proxies' X-Forwarded-For to believe: false, true (one hop), a number of hops, or addresses/CIDRs */
    TRUST_PROXY: z
      .string()
      .default("false")
      .refine(
        (value) => isProxyTrust(value),
        "must be false, true, a number of proxy hops, or proxy addresses/CIDRs",
      ),
    /** catch outgoing mail in /dev/mailbox instead of sending it: local demos and tests only */
    DEV_MAILBOX: z.stringbool().default(false),
    /** DEV_MAILBOX on an APP_URL other machines reach: only when someone really means it */
    DEV_MAILBOX_ON_PUBLIC_URL: z.stringbool().default(false),
    /** where uploaded files live when no S3 bucket is configured (the launcher puts it in the data dir) */
    UPLOADS_DIR: z.string().default(".data/uploads"),
    /** an S3-compatible bucket for uploads instead of UPLOADS_DIR (set S3_BUCKET to use it) */
    S3_BUCKET: z.string().optional(),
    S3_REGION: z.string().default("us-east-1"),
    S3_ENDPOINT: z
      .url({ error: "must be the bucket service's URL, e.g. https://s3.eu-central-1.amazonaws.com" })
      .optional(),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    /** bucket in the path (MinIO and most self-hosted services) rather than in the host name */
    S3_FORCE_PATH_STYLE: z.stringbool().default(false),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  })
  .refine((env) => !env.DEV_MAILBOX || env.DEV_MAILBOX_ON_PUBLIC_URL || isLoopbackUrl(env.APP_URL), {
    path: ["DEV_MAILBOX"],
    message:
      "is on, but APP_URL is not a loopback address: caught mail holds password-reset links. Set SMTP_URL " +
      "(or DEV_MAILBOX=false); DEV_MAILBOX_ON_PUBLIC_URL=true forces it (the mailbox still answers only loopback clients)",
  });

function isProxyTrust(value: string) {
  try {
    proxyTrust(value);
    return true;
  } catch {
    return false;
  }
}

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

/** Validates a set of environment variables; throws one error naming every bad one. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
  throw new Error(`Invalid environment configuration:\n${problems}`);
}

/** Validated configuration, read on first use (so `next build` needs no database settings). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
