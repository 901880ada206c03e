import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { consumeUserToken, issueUserToken } from "@/lib/core/user-tokens";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { parseInput } from "@/lib/validation";
import { companyBySlug, companyWithRight } from "./find-company";
import { companyName } from "./names";
import { DomainEmailSchema, TokenRefSchema } from "./schemas";
import { assertSignedIn, type Who } from "@/lib/core/who";
import { emit, transaction } from "@/lib/core/events";
import { emitCompanyChanged } from "./company-changed";

/** The domain a website lives at, without "www.": https://www.acme.cn/about → acme.cn. */
export function websiteDomain(website: string | null): string | null {
  if (!website) return null;
  try {
    return new URL(website).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
}

/** An address at the domain or one of its subdomains (mail.acme.cn counts for acme.cn). */
export function isAtDomain(email: string, domain: string): boolean {
  const host = email.slice(email.lastIndexOf("@") + 1).toLowerCase();
  return host === domain || host.endsWith(`.${domain}`);
}

const wrongDomain = (domain: string) =>
  new AppError("validation", "validation", {
    fields: { email: "company.emailNotAtDomain" },
    fieldValues: { email: { domain } },
  });

async function mailLink(
  viewer: Pick<Viewer, "id">,
  locale: Locale,
  to: string,
  template: "companyDomain" | "workEmail",
  path: string,
  values: Record<string, string>,
) {
  const { name } = await db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { name: true } });
  const url = new URL(path, env().APP_URL).toString();
  await enqueueMail({ to, locale, template, values: { ...values, name, url } });
}

/**
 * Mails a confirmation link to an address at the page's website domain; following it marks the page verified.
 * Page admins and content admins only; the page needs a website.
 */
export async function requestDomainVerification(viewer: Who, ref: unknown, input: unknown, locale: Locale) {
  const { company, viewer: admin } = await companyWithRight(viewer, ref, "edit");
  const { email } = parseInput(DomainEmailSchema, input);
  const domain = websiteDomain(company.website);
  if (!domain)
    throw new AppError("validation", "validation", { fields: { website: "company.websiteNeeded" } });
  if (!isAtDomain(email, domain)) throw wrongDomain(domain);
  const token = await issueUserToken(admin.id, "company_domain", db, { subjectId: company.id, email });
  await mailLink(admin, locale, email, "companyDomain", `/company/verify?token=${token}`, {
    company: companyName(company, locale),
    domain,
  });
}

/**
 * An employee (a claim approved or waiting) mails a link to their address at the page's verified domain;
 * following it marks them a verified employee — and approves a waiting claim, the address being the proof.
 */
export async function requestWorkEmailVerification(
  viewer: Who,
  ref: unknown,
  input: unknown,
  locale: Locale,
) {
  assertSignedIn(viewer);
  const company = await companyBySlug(viewer, ref);
  const { email } = parseInput(DomainEmailSchema, input);
  if (!company.verifiedDomain) throw new AppError("conflict", "company.notVerified");
  if (!isAtDomain(email, company.verifiedDomain)) throw wrongDomain(company.verifiedDomain);
  const tie = await db.companyRelation.findFirst({
    where: { companyId: company.id, userId: viewer.id, kind: "employee", status: { not: "declined" } },
    select: { id: true },
  });
  if (!tie) throw new AppError("conflict", "company.claimEmployeeFirst");
  const token = await issueUserToken(viewer.id, "work_email", db, { subjectId: tie.id, email });
  await mailLink(viewer, locale, email, "workEmail", `/company/verify?token=${token}&kind=work`, {
    company: companyName(company, locale),
    domain: company.verifiedDomain,
  });
}

/**
 * Follows a confirmation link: a page's domain or an employee's work address. Returns the page's address to
 * go back to. An unknown, used or expired token is refused.
 */
export async function confirmCompanyEmail(input: unknown, kind: "domain" | "work") {
  const { token } = parseInput(TokenRefSchema, input);
  return transaction(async (tx) => {
    const purpose = kind === "domain" ? "company_domain" : "work_email";
    const { subjectId, email, userId } = await consumeUserToken(token, purpose, tx);
    if (!subjectId || !email) throw new AppError("validation", "token.invalid");
    if (kind === "domain") {
      const company = await tx.company.findUnique({
        where: { id: subjectId },
        select: { id: true, slug: true, website: true },
      });
      const domain = websiteDomain(company?.website ?? null);
      // the website changed since the mail was sent: the address proves nothing about the page any more
      if (!company || !domain || !isAtDomain(email, domain))
        throw new AppError("validation", "token.invalid");
      await tx.company.update({
        where: { id: company.id },
        data: { verifiedDomain: domain, verifiedAt: new Date() },
      });
      await emitCompanyChanged(tx, company, "verifiedDomain");
      return { slug: company.slug };
    }
    const tie = await tx.companyRelation.findUnique({
      where: { id: subjectId },
      select: {
        id: true,
        userId: true,
        status: true,
        positionId: true,
        company: { select: { id: true, slug: true, verifiedDomain: true } },
      },
    });
    if (
      !tie ||
      tie.userId !== userId ||
      !tie.company.verifiedDomain ||
      !isAtDomain(email, tie.company.verifiedDomain)
    )
      throw new AppError("validation", "token.invalid");
    await tx.companyRelation.update({
      where: { id: tie.id },
      data: {
        workEmail: email,
        workEmailVerifiedAt: new Date(),
        ...(tie.status === "pending" && { status: "approved", decidedAt: new Date() }),
      },
    });
    if (tie.positionId)
      await tx.position.update({ where: { id: tie.positionId }, data: { companyId: tie.company.id } });
    await emit(tx, {
      type: "company.tie.changed",
      relationId: tie.id,
      companyId: tie.company.id,
      slug: tie.company.slug,
      userId: tie.userId,
    });
    return { slug: tie.company.slug };
  });
}
