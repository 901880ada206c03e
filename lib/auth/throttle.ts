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
  postsPerMember: { points: 30, duration: 60 * 60, messageKey: "feed.tooManyPosts" },
  commentsPerMember: { points: 200, duration: 60 * 60, messageKey: "feed.tooManyComments" },
} satisfies Record<string, { points: number; duration: number; messageKey?: string }>;

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
      points: RULES[name].points,
      duration: RULES[name].duration,
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
      const rule: { points: number; messageKey?: string } = RULES[name];
      throw new AppError("rate_limited", rule.messageKey ?? "rateLimited", {
        retryAfterSeconds: seconds,
        values: { minutes: Math.ceil(seconds / 60), max: rule.points },
      });
    }
    throw error;
  }
}

/** Forgets the counts for a key (e.g. a member's sign-in count after a successful sign-in). */
export async function resetThrottle(name: ThrottleName, key: string): Promise<void> {
  await limiter(name).delete(key.toLowerCase().slice(0, 200));
}
