import { z } from "zod";
import { LEFT_OUT_PARTS, SOURCED_LISTS } from "./portability/profile-import";
import {
  ERRORS,
  ImageUploadSchema,
  jsonBody,
  jsonResponse,
  registerRoute,
  registry,
  OPTIONAL_SESSION,
} from "@/lib/api/openapi";
import { ENTRY_SECTIONS } from "./entries";
import {
  AccomplishmentSchema,
  CertificationSchema,
  EducationSchema,
  LanguageSchema,
  PositionSchema,
  ProfileUpdateSchema,
  SkillsSchema,
} from "./schemas";
import { VouchVisibilitySchema } from "./set-vouch-hidden";
import { PROFILE_SECTIONS, VISIBILITY_LEVELS } from "@/lib/core/profile-visibility";

const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();
const date = z.iso.datetime();
const visibilityLevel = z.enum(VISIBILITY_LEVELS);

const ProfileSchema = registry.register(
  "Profile",
  z
    .object({
      userId: z.string(),
      handle: z.string(),
      name: z.string(),
      headline: z.string(),
      pronouns: nullable(z.string()),
      audience: z.enum(["self", "connection", "member", "anonymous"]),
      isSelf: z.boolean(),
      isPartial: z.boolean(),
      avatar: nullable(z.object({ sm: z.string(), md: z.string(), lg: z.string() })),
      banner: nullable(z.object({ md: z.string(), lg: z.string() })),
      about: nullable(z.string()),
      location: nullable(
        z.object({ city: nullable(z.string()), region: nullable(z.string()), country: nullable(z.string()) }),
      ),
      industry: nullable(z.string()),
      currentPosition: nullable(z.object({ title: z.string(), companyName: z.string() })),
      contact: z.object({
        email: nullable(z.string()),
        phone: nullable(z.string()),
        wechatId: nullable(z.string()),
        website: nullable(z.string()),
      }),
      hasContact: z.boolean(),
      openToWork: nullable(
        z.object({
          titles: z.array(z.string()),
          locations: z.array(z.string()),
          workplaces: z.array(z.enum(["on_site", "hybrid", "remote"])),
          audience: z.enum(["everyone", "recruiters"]),
        }),
      ),
      positions: nullable(
        z.array(z.object({ id: z.string(), startDate: date, endDate: nullable(date) }).loose()),
      ),
      education: nullable(z.array(z.object({ id: z.string() }).loose())),
      skills: nullable(
        z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            isPinned: z.boolean(),
            endorsementCount: z.number().int(),
          }),
        ),
      ),
      certifications: nullable(z.array(z.object({ id: z.string() }).loose())),
      languages: nullable(z.array(z.object({ id: z.string(), name: z.string(), proficiency: z.string() }))),
      ...Object.fromEntries(
        ["projects", "volunteering", "honors", "publications"].map((list) => [
          list,
          nullable(z.array(z.object({ id: z.string(), kind: z.string(), title: z.string() }).loose())),
        ]),
      ),
      interests: nullable(z.array(z.string())),
      settings: nullable(
        z.object({
          visibility: z.record(z.enum(PROFILE_SECTIONS), visibilityLevel),
          isPrivateBrowsing: z.boolean(),
          isEmailNeededToInvite: z.boolean(),
          findableBy: visibilityLevel.describe("who finds you in search"),
        }),
      ),
      updatedAt: date,
    })
    .describe("What the caller may see: a section hidden from them is null. `settings` only for the owner."),
);

const handle = z
  .string()
  .openapi({ description: 'The profile handle, or "me" for your own', example: "zhang-congcong" });
const section = z.enum(Object.keys(ENTRY_SECTIONS) as [keyof typeof ENTRY_SECTIONS]);
const entryBody = z
  .union([PositionSchema, EducationSchema, CertificationSchema, LanguageSchema, AccomplishmentSchema])
  .openapi({
    description:
      "experience: Position, education: Education, certifications: Certification, languages: Language; projects, volunteering, honors, publications: Accomplishment",
  });
const tags = ["profiles"];
const write = { 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404], 422: ERRORS[422] };

registerRoute({
  method: "get",
  path: "/api/v1/profiles/{handle}",
  tags,
  summary: "A profile, as the caller may see it",
  security: OPTIONAL_SESSION,
  request: { params: z.object({ handle }) },
  responses: { 200: jsonResponse("The profile", ProfileSchema), 401: ERRORS[401], 404: ERRORS[404] },
});
registerRoute({
  method: "patch",
  path: "/api/v1/profiles/{handle}",
  tags,
  summary: "Change any of your profile's own fields",
  request: { params: z.object({ handle }), ...jsonBody(ProfileUpdateSchema) },
  responses: { 200: jsonResponse("The updated profile", ProfileSchema), 409: ERRORS[409], ...write },
});
registerRoute({
  method: "put",
  path: "/api/v1/profiles/{handle}/skills",
  tags,
  summary: "Replace your skills (in order) and pin up to three",
  request: { params: z.object({ handle }), ...jsonBody(SkillsSchema) },
  responses: {
    200: jsonResponse("The skills", z.object({ skills: z.array(z.object({ name: z.string() }).loose()) })),
    ...write,
  },
});
registerRoute({
  method: "post",
  path: "/api/v1/profiles/{handle}/{section}",
  tags,
  summary:
    "Add an entry: experience, education, a certification, a language, a project, volunteering, an honor or a publication",
  request: { params: z.object({ handle, section }), ...jsonBody(entryBody) },
  responses: { 201: jsonResponse("Created", z.object({ id: z.string() })), ...write },
});
registerRoute({
  method: "patch",
  path: "/api/v1/profiles/{handle}/{section}/{id}",
  tags,
  summary: "Replace an entry's fields",
  request: { params: z.object({ handle, section, id: z.string() }), ...jsonBody(entryBody) },
  responses: { 204: { description: "Saved" }, ...write },
});
registerRoute({
  method: "delete",
  path: "/api/v1/profiles/{handle}/{section}/{id}",
  tags,
  summary: "Remove an entry",
  request: { params: z.object({ handle, section, id: z.string() }) },
  responses: { 204: { description: "Removed" }, ...write },
});
registerRoute({
  method: "post",
  path: "/api/v1/profiles/{handle}/{section}/{id}/move",
  tags,
  summary: "Swap an entry with its neighbour",
  request: {
    params: z.object({ handle, section, id: z.string() }),
    ...jsonBody(z.object({ direction: z.enum(["up", "down"]) })),
  },
  responses: { 204: { description: "Moved" }, ...write },
});

const imageKind = z.enum(["avatar", "banner"]);
registerRoute({
  method: "post",
  path: "/api/v1/profiles/{handle}/images/{kind}",
  tags,
  summary: "Upload the profile photo or banner (JPEG, PNG or WebP, up to 8 MB and 40 megapixels)",
  request: {
    params: z.object({ handle, kind: imageKind }),
    body: {
      required: true,
      content: {
        "multipart/form-data": { schema: ImageUploadSchema },
      },
    },
  },
  responses: {
    200: jsonResponse(
      "The stored sizes",
      z.object({
        avatar: z.record(z.string(), z.string()).nullable(),
        banner: z.record(z.string(), z.string()).nullable(),
      }),
    ),
    ...write,
  },
});
registerRoute({
  method: "delete",
  path: "/api/v1/profiles/{handle}/images/{kind}",
  tags,
  summary: "Remove the profile photo or banner",
  request: { params: z.object({ handle, kind: imageKind }) },
  responses: { 204: { description: "Removed" }, ...write },
});

const ImportSummarySchema = registry.register(
  "ImportSummary",
  z.object({
    fields: z.array(z.string()).describe("empty profile fields the import fills in"),
    leftOut: z
      .array(z.object({ part: z.enum(LEFT_OUT_PARTS), count: z.number().int(), name: z.string().optional() }))
      .describe(
        "what the file holds that the profile does not show: JSON Resume parts kept and given back by the export, files of a LinkedIn export (part `file`) not imported",
      ),
    added: z.record(z.enum([...SOURCED_LISTS, "skills"]), z.number().int()),
    skipped: z.record(z.enum([...SOURCED_LISTS, "skills"]), z.number().int()),
  }),
);
registerRoute({
  method: "get",
  path: "/api/v1/profiles/{handle}/json-resume",
  tags,
  summary:
    "Export your profile as a JSON Resume (jsonresume.org): what an import brought comes back as it came, every field",
  request: { params: z.object({ handle }) },
  responses: {
    200: jsonResponse("The résumé", z.object({}).loose()),
    401: ERRORS[401],
    403: ERRORS[403],
    404: ERRORS[404],
  },
});
registerRoute({
  method: "post",
  path: "/api/v1/profiles/{handle}/import",
  tags,
  summary: "Import a JSON Resume or a LinkedIn data export (.zip or CSV files); dryRun=true previews",
  request: {
    params: z.object({ handle }),
    query: z.object({ dryRun: z.enum(["true", "false"]).optional() }),
    body: {
      required: true,
      content: {
        "multipart/form-data": {
          schema: z.object({
            file: z.array(z.string().openapi({ format: "binary" })).describe("one or more files"),
          }),
        },
      },
    },
  },
  responses: { 200: jsonResponse("What was (or would be) merged", ImportSummarySchema), ...write },
});

registerRoute({
  method: "post",
  path: "/api/v1/profiles/{handle}/views",
  security: OPTIONAL_SESSION,
  tags,
  summary: "Count a visit to a profile (once per visitor per day; the profile page sends it)",
  request: { params: z.object({ handle }), ...jsonBody(z.object({})) },
  responses: { 204: { description: "Counted" }, 404: ERRORS[404], 422: ERRORS[422] },
});

registerRoute({
  method: "patch",
  path: "/api/v1/me/vouches",
  tags,
  summary: "Hide or show an endorsement or a recommendation you were given",
  request: jsonBody(VouchVisibilitySchema),
  responses: { 204: { description: "Saved" }, 401: ERRORS[401], 404: ERRORS[404], 422: ERRORS[422] },
});
