import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { getViewer } from "@/lib/core/viewer";
import { claimRelation } from "@/lib/companies/relations";
import { createCompany } from "@/lib/companies/save-company";
import { db } from "@/lib/db";
import { IDLE } from "@/lib/forms/form-state";
import { createMember, givePageRole } from "@/tests/helpers";
import {
  createAnnouncementAction,
  createProductAction,
  decideRelationAction,
  removeAdminAction,
  saveCompanyAction,
  setAdminAction,
} from "./actions";

// The actions as a browser calls them, with the signed-in member chosen here (the request is not real).
vi.mock("@/lib/core/viewer", () => ({ getViewer: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next-intl/server", () => ({
  getLocale: async () => "en",
  getTranslations: async () => (key: string) => key,
}));

const signedInAs = (viewer: Viewer | null) => vi.mocked(getViewer).mockResolvedValue(viewer);
const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
};

describe("the company admin screen's server actions", () => {
  beforeEach(() => vi.mocked(getViewer).mockReset());

  it("refuse visitors, strangers and analysts, change nothing, and let the page's admins work", async () => {
    const [owner, analyst, stranger, claimer] = await Promise.all([
      createMember(),
      createMember(),
      createMember(),
      createMember(),
    ]);
    const slug = `actions-${randomBytes(4).toString("hex")}`;
    const { id } = await createCompany(owner, { slug, nameEn: "Action Test Ltd" });
    await givePageRole(owner, slug, analyst, "analyst");
    const tie = await claimRelation(claimer, { slug }, { kind: "customer" });

    for (const who of [null, stranger, analyst]) {
      signedInAs(who);
      const refused = [
        await saveCompanyAction(slug, ["tagline"], IDLE, form({ tagline: "hacked" })),
        await createAnnouncementAction(slug, IDLE, form({ title: "hacked" })),
        await createProductAction(slug, IDLE, form({ name: "hacked" })),
        await decideRelationAction(slug, tie.id, "approved"),
        await setAdminAction(slug, IDLE, form({ handle: stranger.handle, role: "super_admin" })),
      ];
      for (const state of refused) {
        expect(state.status).toBe("error");
        expect(state.message).toMatch(who ? /role on this page doesn't allow/ : /sign in/i);
      }
    }
    const company = await db.company.findUniqueOrThrow({
      where: { id },
      include: { announcements: true, products: true, admins: true },
    });
    expect(company).toMatchObject({ tagline: "", announcements: [], products: [] });
    expect(company.admins).toHaveLength(2);
    expect((await db.companyRelation.findUniqueOrThrow({ where: { id: tie.id } })).status).toBe("pending");

    signedInAs(owner);
    expect((await removeAdminAction(slug, owner.handle)).message).toMatch(/at least one super admin/);
    const saved = await saveCompanyAction(
      slug,
      ["tagline", "phone"],
      IDLE,
      form({ tagline: "好", phone: "x" }),
    );
    expect(saved).toMatchObject({ status: "error", fields: { phone: expect.any(String) } });
    expect((await saveCompanyAction(slug, ["tagline"], IDLE, form({ tagline: "好产品" }))).status).toBe(
      "success",
    );
    expect((await decideRelationAction(slug, tie.id, "approved")).status).toBe("success");
    expect((await db.company.findUniqueOrThrow({ where: { id } })).tagline).toBe("好产品");
  });
});
