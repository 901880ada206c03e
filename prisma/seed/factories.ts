// Factories shared by the seed and the tests: the seed passes a fixed faker seed (same demo every time),
// tests get unique values so they can run side by side on one database.
import { randomUUID } from "node:crypto";
import { fakerEN, fakerZH_CN, type Faker } from "@faker-js/faker";

export type UserSeed = {
  name: string;
  email: string;
  locale: "zh-CN" | "en";
  /** a member still in the guided start (lib/onboarding), at this step */
  onboardingStep?: "about" | "photo" | "skills" | "people" | "follow";
};

/** Members every demo has, so the README can name them. */
export const FEATURED_MEMBERS: UserSeed[] = [
  { name: "张聪聪", email: "zhang.congcong@renmai.example", locale: "zh-CN" },
  { name: "Maria Lopez", email: "maria.lopez@renmai.example", locale: "en" },
  { name: "王芳", email: "wang.fang@renmai.example", locale: "zh-CN" },
  { name: "李伟", email: "li.wei@renmai.example", locale: "zh-CN" },
  { name: "陈静", email: "chen.jing@renmai.example", locale: "zh-CN" },
  { name: "刘洋", email: "liu.yang@renmai.example", locale: "zh-CN" },
  { name: "James Walker", email: "james.walker@renmai.example", locale: "en" },
  { name: "Anna Schmidt", email: "anna.schmidt@renmai.example", locale: "en" },
  { name: "Priya Sharma", email: "priya.sharma@renmai.example", locale: "en" },
  // joined lately: the feed asks her to finish the guided start at "people to connect with"
  { name: "赵敏", email: "zhao.min@renmai.example", locale: "zh-CN", onboardingStep: "people" },
];

/** The n-th generated member: even numbers get a Chinese name, odd ones an English one. */
export function generatedMember(
  n: number,
  faker: { zh: Faker; en: Faker } = { zh: fakerZH_CN, en: fakerEN },
): UserSeed {
  const isChinese = n % 2 === 0;
  const f = isChinese ? faker.zh : faker.en;
  const name = isChinese
    ? `${f.person.lastName()}${f.person.firstName()}`
    : `${f.person.firstName()} ${f.person.lastName()}`;
  return { name, email: `member${n}@renmai.example`, locale: isChinese ? "zh-CN" : "en" };
}

/** A member no other test uses. */
export function uniqueMember(overrides: Partial<UserSeed> = {}): UserSeed {
  const id = randomUUID().slice(0, 12);
  return { name: `Test ${id}`, email: `test-${id}@renmai.test`, locale: "en", ...overrides };
}
