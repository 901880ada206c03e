import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Anchored on Mastodon's config/initializers/rack_attack.rb. Counters live in PostgreSQL so they hold across
// every web instance.
const RULES = {
  signInPerIp: { points: 25, duration: 5 * 60 },
  signInPerAccount: { points: 25, duration: 60 * 60 },
  signUpPerIp: { points: 5, duration: 30 * 60 },
  passwordResetPerEmail: { points: 5, duration: 30 * 60 },
  verificationEmailPerAccount: { points: 5, duration: 30 * 60 },
} as const;

export type ThrottleName = keyof typeof RULES;

const limiters = new Map<ThrottleName, RateLimiterPrisma>();

function limiter(name: ThrottleName) {
  let l = limiters.get(name);
  if (!l) {
    l = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimit",
      keyPrefix: name,
      clearExpiredByTimeout: false,
      ...RULES[name],
    });
    limiters.set(name, l);
  }
  return l;
}

/** Counts one attempt; throws `rate_limited` (with the seconds to wait) once the rule's budget is spent. */
export async function throttle(name: ThrottleName, key: string): Promise<void> {
  try {
    await limiter(name).consume(key.toLowerCase().slice(0, 200));
  } catch (error) {
    if (error instanceof RateLimiterRes) {
      const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new AppError("rate_limited", "rateLimited", {
        retryAfterSeconds: seconds,
        values: { minutes: Math.ceil(seconds / 60) },
      });
    }
    throw error;
  }
}

/** Forgets the counts for a key (e.g. a member's sign-in count after a successful sign-in). */
export async function resetThrottle(name: ThrottleName, key: string): Promise<void> {
  await limiter(name).delete(key.toLowerCase().slice(0, 200));
}
