import { z } from "zod";
import { PRODUCT_DESCRIPTION_MAX, PRODUCT_NAME_MAX, RELATION_KINDS, RELATION_TITLE_MAX } from "./limits";
import { TimeZoneSchema } from "@/lib/i18n/time-zones";
import { PageQuerySchema } from "@/lib/api/pagination";
import {
  BooleanFieldSchema,
  CountrySchema,
  EmailSchema,
  emptyToNull,
  Id,
  lineOfText,
  listOf,
  numberFromText,
  optionalLine,
  optionalUrl,
  paragraphsOfText,
  PhoneSchema,
  requiredLine,
  urlNameSchema,
  yearUpTo,
} from "@/lib/forms/fields";
import { INDUSTRIES } from "@/lib/profiles/industries";

export const COMPANY_TYPES = [
  "private",
  "public",
  "nonprofit",
  "government",
  "educational",
  "partnership",
  "self_employed",
] as const;

export const COMPANY_SIZES = [
  "size_1_10",
  "size_11_50",
  "size_51_200",
  "size_201_500",
  "size_501_1000",
  "size_1001_5000",
  "size_5001_10000",
  "size_10001_plus",
] as const;

export const COMPANY_ROLES = ["super_admin", "content_admin", "recruiter", "analyst"] as const;
export type CompanyRoleName = (typeof COMPANY_ROLES)[number];

/** Employees first: the order the page shows its people in. */

export const RELATION_DECISIONS = ["approved", "declined"] as const;

export const MAX_LOCATIONS = 10;
export const MAX_SPECIALTIES = 20;
export const MAX_PRODUCTS = 50;
export const ANALYTICS_RANGES = [7, 30, 90] as const;

// "new" and "verify" are pages of their own (proxy.ts doesn't send them to a company's home)
export const RESERVED_SLUGS = new Set(["new", "verify", "edit", "admin", "api", "me", "renmai", "search"]);

/** /company/<slug>: 2–60 characters. */
export const SlugSchema = urlNameSchema("slug", 2, 60, RESERVED_SLUGS);

/** A page's address in a URL: looked up as given (lower-cased), never validated into an error. */
export const CompanyRefSchema = z.object({ slug: z.string().trim().toLowerCase().min(1).max(60) });

/** Fax numbers look like phone numbers. */
const optionalPhone = z.preprocess(emptyToNull, PhoneSchema.nullable());

const LocationSchema = z
  .object({
    city: requiredLine(80),
    region: optionalLine(80).optional(),
    country: z.preprocess(emptyToNull, CountrySchema.nullable()).optional(),
    address: optionalLine(200).optional(),
  })
  .strict();

/** Every editable field of a page; PATCH sends any subset. At least one name stays set (checked on save). */
export const CompanyFieldsSchema = z
  .object({
    slug: SlugSchema,
    nameZh: optionalLine(100),
    nameEn: optionalLine(100),
    tagline: lineOfText(120),
    about: paragraphsOfText(2000),
    industry: z.preprocess(emptyToNull, z.enum(INDUSTRIES, { error: "industry.invalid" }).nullable()),
    size: z.preprocess(emptyToNull, z.enum(COMPANY_SIZES, { error: "invalid" }).nullable()),
    type: z.preprocess(emptyToNull, z.enum(COMPANY_TYPES, { error: "invalid" }).nullable()),
    foundedYear: z.preprocess(emptyToNull, yearUpTo(new Date().getUTCFullYear()).nullable()),
    specialties: listOf(requiredLine(60), MAX_SPECIALTIES),
    city: optionalLine(80),
    region: optionalLine(80),
    country: z.preprocess(emptyToNull, CountrySchema.nullable()),
    locations: z.array(LocationSchema, { error: "invalid" }).max(MAX_LOCATIONS, "list.tooMany"),
    address: optionalLine(200),
    phone: optionalPhone,
    fax: optionalPhone,
    email: z.preprocess(emptyToNull, EmailSchema.nullable()),
    website: optionalUrl,
    contactName: optionalLine(80),
    contactTitle: optionalLine(80),
    /** its analytics count days, and its jobs' deadlines end, in this zone */
    timeZone: TimeZoneSchema,
  })
  .partial()
  .strict();
export type CompanyFieldsInput = z.input<typeof CompanyFieldsSchema>;

/** A new page: its address and a name are required, the rest can follow. */
export const CompanyCreateSchema = CompanyFieldsSchema.required({ slug: true }).refine(
  (c) => !!(c.nameZh || c.nameEn),
  { path: ["nameZh"], message: "company.nameRequired" },
);
export type CompanyCreateInput = z.input<typeof CompanyCreateSchema>;

export const AdminSchema = z.object({
  handle: z.string({ error: "invalid" }).trim().toLowerCase().min(1, "text.required").max(40),
  role: z.enum(COMPANY_ROLES, { error: "invalid" }),
});
export const AdminRefSchema = z.object({ handle: AdminSchema.shape.handle });
export const AdminInvitationRefSchema = z.object({ invitationId: Id });

export const RelationClaimSchema = z
  .object({
    kind: z.enum(RELATION_KINDS, { error: "invalid" }),
    title: optionalLine(RELATION_TITLE_MAX).optional(),
    positionId: z.preprocess(emptyToNull, Id.nullable()).optional(),
  })
  .strict();
export const RelationRefSchema = z.object({ relationId: Id });
export const RelationDecisionSchema = z.object({
  status: z.enum(RELATION_DECISIONS, { error: "invalid" }),
});
export const RelationListSchema = PageQuerySchema.extend({
  kind: z.enum(RELATION_KINDS, { error: "invalid" }).optional(),
  status: z.enum(["pending", "approved", "declined"], { error: "invalid" }).default("approved"),
});

export const AnnouncementSchema = z
  .object({
    title: requiredLine(120),
    body: paragraphsOfText(1000).default(""),
    linkUrl: optionalUrl.optional(),
    isPinned: BooleanFieldSchema.default(true),
  })
  .strict();
export const AnnouncementRefSchema = z.object({ announcementId: Id });

export const ProductSchema = z
  .object({
    name: requiredLine(PRODUCT_NAME_MAX),
    description: paragraphsOfText(PRODUCT_DESCRIPTION_MAX).default(""),
    url: optionalUrl.optional(),
  })
  .strict();
export const ProductRefSchema = z.object({ productId: Id });

export const DomainEmailSchema = z.object({ email: EmailSchema });
export const TokenRefSchema = z.object({ token: z.string().trim().min(20).max(100) });

export const AnalyticsQuerySchema = z.object({
  days: numberFromText(
    z.number({ error: "invalid" }).pipe(z.union(ANALYTICS_RANGES.map((days) => z.literal(days)))),
  ).default(30),
});
