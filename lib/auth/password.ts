import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";

// OWASP's argon2id baseline: 19 MiB, 2 iterations, parallelism 1. (2 = Algorithm.Argon2id, a const enum
// that isolated modules can't read.)
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) return false;
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Spends the time of a real check, so an unknown email answers as slowly as a wrong password. */
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string) {
  dummyHash ??= hashPassword("renmai dummy password for timing");
  await verifyPassword(await dummyHash, password);
}

const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary },
  graphs: common.adjacencyGraphs,
});

const SITE_WORDS = ["renmai", "人脉", "linkedin", "password", "密码"];
/** zxcvbn score 0–4; 3 = "safely unguessable" under throttled online attack and a slow hash offline. */
const MINIMUM_SCORE = 3;

/** Whether the password is too common or guessable for this member (their name and email count as guesses). */
export function isGuessablePassword(password: string, personal: string[] = []): boolean {
  const userInputs = [
    ...SITE_WORDS,
    ...personal
      .flatMap((p) => [p, p.replace(/\s+/g, ""), ...p.split(/[@.\s_-]+/)])
      .filter((w) => w.length >= 3),
  ];
  // zxcvbn is slow on very long inputs and a long passphrase is not guessable anyway
  return zxcvbn.check(password.slice(0, 100), userInputs).score < MINIMUM_SCORE;
}
