import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Anchored on Mastodon's config/initializers/rack_attack.rb. Counters live in PostgreSQL so they hold across
// every web instance.
const RULES = {
  signInPerIp: { points: 25, duration: 5 * 60 },
  // an account is throttled per address it is tried from, so that an attacker can't lock its owner out;
  // past 25 failures in an hour only addresses that have not failed on it may try (OWASP, account lockout)
  signInPerAccountAndIp: { points: 10, duration: 15 * 60 },
  signInFailuresPerAccount: { points: 25, duration: 60 * 60 },
  signUpPerIp: { points: 5, duration: 30 * 60 },
  passwordResetPerEmail: { points: 5, duration: 30 * 60 },
  verificationEmailPerAccount: { points: 5, duration: 30 * 60 },
  // the current password, asked again to change the password or the address: guesses from a stolen session
  passwordCheckPerAccount: { points: 10, duration: 15 * 60 },
  emailChangePerAccount: { points: 5, duration: 60 * 60 },
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

export const throttleRule = (name: ThrottleName) => RULES[name];

/** Counts one attempt; throws `rate_limited` (with the seconds to wait) once the rule's budget is spent. */
export async function throttle(name: ThrottleName, key: string): Promise<void> {
  try {
    await limiter(name).consume(key.toLowerCase().slice(0, 200));
  } catch (error) {
    if (error instanceof RateLimiterRes) throw rateLimited(name, error.msBeforeNext / 1000);
    throw error;
  }
}

/** How many of a rule's points a key has used in the current window (without counting one). */
export async function throttleCount(name: ThrottleName, key: string): Promise<number> {
  return (await limiter(name).get(key.toLowerCase().slice(0, 200)))?.consumedPoints ?? 0;
}

/** Counts a failure without refusing anything (a later `throttleCount` reads it). */
export async function recordThrottled(name: ThrottleName, key: string): Promise<void> {
  await limiter(name).penalty(key.toLowerCase().slice(0, 200));
}

/** Refuses as `throttle` does once the rule's budget is spent. */
export function rateLimited(name: ThrottleName, retryAfterSeconds: number): AppError {
  const rule: { points: number; messageKey?: string } = RULES[name];
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new AppError("rate_limited", rule.messageKey ?? "rateLimited", {
    retryAfterSeconds: seconds,
    values: { minutes: Math.ceil(seconds / 60), max: rule.points },
  });
}

/** Forgets the counts for a key (e.g. a member's sign-in count after a successful sign-in). */
export async function resetThrottle(name: ThrottleName, key: string): Promise<void> {
  await limiter(name).delete(key.toLowerCase().slice(0, 200));
}
