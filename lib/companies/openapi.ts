// REST routes of company pages: the page, its roles, ties, verification (its content: ./content-openapi.ts).
import { z } from "zod";
import {
  ERRORS,
  ImageUploadSchema,
  jsonBody,
  jsonResponse,
  registerRoute,
  registry,
  OPTIONAL_SESSION,
} from "@/lib/api/openapi";
import { PersonSchema } from "@/lib/network/openapi";
import { COMPANY_ROLES, CompanyCreateSchema, CompanyFieldsSchema } from "./schemas";
import { RELATION_KINDS } from "./limits";

export const tags = ["companies"];
const date = z.iso.datetime();
export const slug = z.string().describe("the page's address: /company/{slug}");
export const pageParams = { params: z.object({ slug }) };
export const write = { 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404], 422: ERRORS[422] };
export const done = { 204: { description: "Done" } };
const sizes = z.object({ md: z.string(), lg: z.string() });
const multipart = (schema: z.ZodType) => ({
  body: { required: true, content: { "multipart/form-data": { schema } } },
});
export const binary = z.string().openapi({ format: "binary" });

export const ProductViewSchema = registry.register(
  "CompanyProduct",
  z.object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    url: z.string().nullable(),
    image: sizes.nullable(),
  }),
);
export const AnnouncementViewSchema = registry.register(
  "CompanyAnnouncement",
  z.object({
    id: z.string(),
    title: z.string(),
    body: z.string(),
    linkUrl: z.string().nullable(),
    isPinned: z.boolean(),
    createdAt: date,
  }),
);
const CompanySchema = registry.register(
  "Company",
  z.object({
    id: z.string(),
    slug,
    nameZh: z.string().nullable(),
    nameEn: z.string().nullable(),
    tagline: z.string(),
    about: z.string().describe("markdown subset"),
    industry: z.string().nullable(),
    size: z.string().nullable(),
    type: z.string().nullable(),
    foundedYear: z.number().int().nullable(),
    specialties: z.array(z.string()),
    city: z.string().nullable(),
    region: z.string().nullable(),
    country: z.string().nullable(),
    locations: z.array(
      z.object({
        city: z.string(),
        region: z.string().nullable(),
        country: z.string().nullable(),
        address: z.string().nullable(),
      }),
    ),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    fax: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
    contactName: z.string().nullable(),
    contactTitle: z.string().nullable(),
    logo: z.object({ sm: z.string(), md: z.string(), lg: z.string() }).nullable(),
    banner: sizes.nullable(),
    isVerified: z.boolean(),
    verifiedDomain: z.string().nullable(),
    followerCount: z.number().int(),
    announcement: AnnouncementViewSchema.omit({ isPinned: true }).nullable().describe("the pinned one"),
    products: z.array(ProductViewSchema),
    tieCounts: z.record(z.enum(RELATION_KINDS), z.number().int()).describe("approved ties by kind"),
    postCount: z.number().int(),
  }),
);
const TieSchema = registry.register(
  "CompanyTie",
  z.object({
    id: z.string(),
    kind: z.enum(RELATION_KINDS),
    status: z.enum(["pending", "approved", "declined"]),
    title: z.string().nullable(),
    isVerifiedEmployee: z.boolean(),
    person: PersonSchema,
    createdAt: date,
  }),
);
const PageRoleSchema = z.object({ person: PersonSchema, role: z.enum(COMPANY_ROLES), since: date });
const AdminsSchema = z.object({
  items: z.array(PageRoleSchema),
  invitations: z
    .array(PageRoleSchema)
    .optional()
    .describe("roles offered, not yet accepted (super admins only)"),
});
const rights = z.object({
  edit: z.boolean(),
  postAs: z.boolean(),
  decideRelations: z.boolean(),
  manageAdmins: z.boolean(),
  viewAnalytics: z.boolean(),
});

registerRoute({
  method: "post",
  path: "/api/v1/companies",
  tags,
  summary: "Create a company page: you become its first super admin",
  request: jsonBody(CompanyCreateSchema),
  responses: { 200: jsonResponse("The new page", CompanySchema), 409: ERRORS[409], ...write },
});
registerRoute({
  method: "get",
  path: "/api/v1/companies/{slug}",
  security: OPTIONAL_SESSION,
  tags,
  summary: "A company page: identity, contact block, pinned announcement, products, people counts",
  request: pageParams,
  responses: { 200: jsonResponse("The page", CompanySchema), 404: ERRORS[404] },
});
registerRoute({
  method: "patch",
  path: "/api/v1/companies/{slug}",
  tags,
  summary: "Change any of the page's fields (super and content admins); `locations` replaces the list",
  request: { ...pageParams, ...jsonBody(CompanyFieldsSchema) },
  responses: { 200: jsonResponse("The page", CompanySchema), 409: ERRORS[409], ...write },
});
for (const [method, summary] of [
  ["put", "A new logo or banner (multipart, field `image`: JPEG, PNG or WebP up to 8 MB)"],
  ["delete", "Remove the logo or banner"],
] as const)
  registerRoute({
    method,
    path: "/api/v1/companies/{slug}/images/{image}",
    tags,
    summary,
    request: {
      params: z.object({ slug, image: z.enum(["logo", "banner"]) }),
      ...(method === "put" && multipart(ImageUploadSchema)),
    },
    responses: { ...(method === "put" ? { 200: jsonResponse("The page", CompanySchema) } : done), ...write },
  });
registerRoute({
  method: "get",
  path: "/api/v1/companies/{slug}/viewer",
  security: OPTIONAL_SESSION,
  tags,
  summary: "What differs for you: following, your role and rights, your ties, connections who work there",
  request: pageParams,
  responses: {
    200: jsonResponse(
      "Your standing",
      z.object({
        isSignedIn: z.boolean(),
        isFollowing: z.boolean(),
        followerCount: z.number().int(),
        role: z.enum(COMPANY_ROLES).nullable(),
        rights,
        ties: z.array(
          z.object({
            id: z.string(),
            kind: z.enum(RELATION_KINDS),
            status: z.enum(["pending", "approved", "declined"]),
          }),
        ),
        connectionsHere: z.object({ count: z.number().int(), people: z.array(PersonSchema) }),
      }),
    ),
    404: ERRORS[404],
  },
});
for (const [method, summary] of [
  ["put", "Follow the page: its posts come into your feed"],
  ["delete", "Stop following the page"],
] as const)
  registerRoute({
    method,
    path: "/api/v1/companies/{slug}/follow",
    tags,
    summary,
    request: pageParams,
    responses: { ...done, ...write },
  });
registerRoute({
  method: "get",
  path: "/api/v1/companies/{slug}/admins",
  tags,
  summary: "The page's admins and their roles (its admins only)",
  request: pageParams,
  responses: { 200: jsonResponse("Admins", AdminsSchema), ...write },
});
registerRoute({
  method: "put",
  path: "/api/v1/companies/{slug}/admins/{handle}",
  tags,
  summary:
    "Change an admin's role, or offer one to a member, who accepts it (super admins; the last super admin stays)",
  request: {
    params: z.object({ slug, handle: z.string() }),
    ...jsonBody(z.object({ role: z.enum(COMPANY_ROLES) })),
  },
  responses: {
    200: jsonResponse("The role changed: the admins", AdminsSchema),
    202: jsonResponse("Offered: the member is asked", z.object({ status: z.literal("invited") })),
    409: ERRORS[409],
    ...write,
  },
});
registerRoute({
  method: "get",
  path: "/api/v1/me/company-invitations",
  tags,
  summary: "The page roles offered to you",
  responses: {
    200: jsonResponse(
      "Offers, newest first",
      z.object({
        items: z.array(
          z.object({
            id: z.string(),
            role: z.enum(COMPANY_ROLES),
            createdAt: date,
            invitedBy: PersonSchema,
            company: z.object({
              slug: z.string(),
              nameZh: z.string().nullable(),
              nameEn: z.string().nullable(),
              logo: z.object({}).passthrough().nullable(),
            }),
          }),
        ),
      }),
    ),
    ...write,
  },
});
registerRoute({
  method: "post",
  path: "/api/v1/me/company-invitations/{invitationId}/accept",
  tags,
  summary: "Take a page role offered to you",
  request: { params: z.object({ invitationId: z.string() }) },
  responses: { ...done, ...write },
});
registerRoute({
  method: "delete",
  path: "/api/v1/me/company-invitations/{invitationId}",
  tags,
  summary: "Decline a page role offered to you",
  request: { params: z.object({ invitationId: z.string() }) },
  responses: { ...done, ...write },
});
registerRoute({
  method: "delete",
  path: "/api/v1/companies/{slug}/admins/{handle}",
  tags,
  summary: "Take a member's role away (super admins; any admin may leave), never the last super admin's",
  request: { params: z.object({ slug, handle: z.string() }) },
  responses: { ...done, 409: ERRORS[409], ...write },
});
registerRoute({
  method: "get",
  path: "/api/v1/companies/{slug}/relations",
  security: OPTIONAL_SESSION,
  tags,
  summary:
    "The page's people, employees first: approved ties for everyone (as each member's settings allow), pending or declined ones for the admins who decide",
  request: {
    ...pageParams,
    query: z.object({
      kind: z.enum(RELATION_KINDS).optional(),
      status: z.enum(["pending", "approved", "declined"]).optional(),
      cursor: z.string().optional(),
      limit: z.number().int().min(1).max(100).optional().describe("20 unless given"),
    }),
  },
  responses: {
    200: jsonResponse(
      "A page of ties (fewer than `limit` when some members are hidden from you)",
      z.object({ items: z.array(TieSchema), nextCursor: z.string().nullable() }),
    ),
    ...write,
  },
});
registerRoute({
  method: "post",
  path: "/api/v1/companies/{slug}/relations",
  tags,
  summary: "Claim a tie to the page (employee, partner, customer, supplier, peer): its admins approve it",
  request: {
    ...pageParams,
    ...jsonBody(
      z.object({
        kind: z.enum(RELATION_KINDS),
        title: z.string().max(100).optional(),
        positionId: z.string().optional().describe("one of your experience entries: linked on approval"),
      }),
    ),
  },
  responses: { 200: jsonResponse("Your claim", TieSchema), 409: ERRORS[409], ...write },
});
registerRoute({
  method: "patch",
  path: "/api/v1/companies/{slug}/relations/{relationId}",
  tags,
  summary: "Approve or decline a tie (super and content admins)",
  request: {
    params: z.object({ slug, relationId: z.string() }),
    ...jsonBody(z.object({ status: z.enum(["approved", "declined"]) })),
  },
  responses: { ...done, ...write },
});
registerRoute({
  method: "delete",
  path: "/api/v1/companies/{slug}/relations/{relationId}",
  tags,
  summary: "End your own tie to the page",
  request: { params: z.object({ slug, relationId: z.string() }) },
  responses: { ...done, ...write },
});
registerRoute({
  method: "post",
  path: "/api/v1/companies/{slug}/work-email",
  tags,
  summary: "Mail a confirmation link to your address at the page's verified domain (verified employee)",
  request: { ...pageParams, ...jsonBody(z.object({ email: z.email() })) },
  responses: { ...done, 409: ERRORS[409], ...write },
});
registerRoute({
  method: "post",
  path: "/api/v1/companies/{slug}/verification",
  tags,
  summary: "Mail a confirmation link to an address at the website's domain: the page becomes verified",
  request: { ...pageParams, ...jsonBody(z.object({ email: z.email() })) },
  responses: { ...done, ...write },
});
registerRoute({
  method: "post",
  path: "/api/v1/companies/verify",
  security: OPTIONAL_SESSION,
  tags,
  summary: "Confirm a page's domain or a work address with the mailed token",
  request: jsonBody(z.object({ token: z.string(), kind: z.enum(["domain", "work"]) })),
  responses: { 200: jsonResponse("The page's address", z.object({ slug })), 422: ERRORS[422] },
});
registerRoute({
  method: "get",
  path: "/api/v1/me/companies",
  tags,
  summary: "The pages you hold a role on",
  responses: {
    200: jsonResponse(
      "Your pages",
      z.object({
        items: z.array(
          z.object({
            slug,
            nameZh: z.string().nullable(),
            nameEn: z.string().nullable(),
            logo: z.string().nullable(),
            role: z.enum(COMPANY_ROLES),
          }),
        ),
      }),
    ),
    401: ERRORS[401],
  },
});
