import { Pin, PinOff, Trash2 } from "lucide-react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/core/viewer";
import { listAdmins, listOfferedRoles } from "@/lib/companies/admins";
import { listAnnouncements } from "@/lib/companies/announcements";
import { companyBySlug } from "@/lib/companies/find-company";
import { companyRightsOf } from "@/lib/companies/policy";
import { listRelations } from "@/lib/companies/relations";
import { COMPANY_ROLES } from "@/lib/companies/schemas";
import { websiteDomain } from "@/lib/companies/verification";
import { ActionButton } from "@/components/companies/action-button";
import { CompanyFrame, companyMetadata, findCompanyOr404 } from "@/components/companies/company-frame";
import {
  companyFieldSpecs,
  CONTACT_FIELDS,
  IDENTITY_FIELDS,
} from "@/components/companies/company-field-specs";
import { ProductForm } from "@/components/companies/product-form";
import { PersonRow } from "@/components/network/person-row";
import { ImageUploadForm } from "@/components/profiles/edit/image-upload-form";
import { ProfileForm, type FieldSpec } from "@/components/profiles/edit/profile-form";
import { ProfileSection } from "@/components/profiles/profile-section";
import { Alert } from "@/components/ui/alert";
import {
  createAnnouncementAction,
  createProductAction,
  decideRelationAction,
  deleteAnnouncementAction,
  deleteProductAction,
  pinAnnouncementAction,
  removeAdminAction,
  requestVerificationAction,
  saveCompanyAction,
  setAdminAction,
  uploadCompanyImageAction,
} from "./actions";
import { maxLengthsOf } from "@/lib/forms/fields";
import { AnnouncementSchema } from "@/lib/companies/schemas";

const ANNOUNCEMENT = maxLengthsOf(AnnouncementSchema);

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations("companies.admin");
  return companyMetadata(await findCompanyOr404((await params).slug), t("title"));
}

/**
 * The page's admin screen: its details and contact block, logo and banner, announcements, products, the ties
 * waiting for approval, its admins, and verification. Super and content admins; analysts go to analytics.
 */
export default async function CompanyAdminPage({ params }: Props) {
  const company = await findCompanyOr404((await params).slug);
  const slug = company.slug;
  const viewer = await requireViewer(`/company/${slug}/admin`);
  const { role } = await companyBySlug(viewer, { slug });
  const rights = companyRightsOf(role);
  if (!rights.edit) redirect(rights.viewAnalytics ? `/company/${slug}/analytics` : `/company/${slug}`);
  const ref = { slug };
  const [t, tIndustry, tCompanies, locale, format, pending, approved, announcements, admins, offered] =
    await Promise.all([
      getTranslations("companies.admin"),
      getTranslations("industries"),
      getTranslations("companies"),
      getLocale(),
      getFormatter(),
      listRelations(viewer, ref, { status: "pending", limit: 100 }).then((page) => page.items),
      listRelations(viewer, ref, { status: "approved", limit: 100 }).then((page) => page.items),
      listAnnouncements(viewer, ref),
      rights.manageAdmins ? listAdmins(viewer, ref) : Promise.resolve([]),
      rights.manageAdmins ? listOfferedRoles(viewer, ref) : Promise.resolve(null),
    ]);
  const fields = companyFieldSpecs({ t, tCompanies, tIndustry, locale }, company);
  const section = (id: string, fields: FieldSpec[]) => (
    <ProfileForm
      idPrefix={id}
      action={saveCompanyAction.bind(
        null,
        slug,
        fields.map((f) => f.name),
      )}
      fields={fields}
      submitLabel={t("save")}
    />
  );
  const domain = websiteDomain(company.website);

  return (
    <CompanyFrame company={company} tab="admin" namespaces={["profileEdit", "errors"]}>
      <h2 className="sr-only">{t("title")}</h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <ProfileSection id="identity" title={t("identity")}>
          {section(
            "identity",
            IDENTITY_FIELDS.map((name) => fields[name]),
          )}
        </ProfileSection>

        <ProfileSection id="contact-edit" title={t("contact")}>
          {section(
            "contact",
            CONTACT_FIELDS.map((name) => fields[name]),
          )}
        </ProfileSection>

        <ProfileSection id="images" title={t("images")}>
          <ImageUploadForm
            id="company-logo"
            label={t("logo")}
            action={uploadCompanyImageAction.bind(null, slug, "logo")}
            aspect={1}
          />
          <ImageUploadForm
            id="company-banner"
            label={t("banner")}
            action={uploadCompanyImageAction.bind(null, slug, "banner")}
            aspect={4}
          />
        </ProfileSection>

        <ProfileSection id="verification" title={t("verification")}>
          {company.isVerified ? (
            <Alert tone="success">{t("verifiedAs", { domain: company.verifiedDomain ?? "" })}</Alert>
          ) : (
            <p className="text-muted text-sm">
              {domain ? t("verifyHint", { domain }) : t("verifyNeedsWebsite")}
            </p>
          )}
          {domain && !company.isVerified && (
            <ProfileForm
              idPrefix="verify"
              action={requestVerificationAction.bind(null, slug)}
              fields={[{ name: "email", label: t("verifyEmail", { domain }), type: "email", required: true }]}
              submitLabel={t("sendLink")}
            />
          )}
        </ProfileSection>

        <ProfileSection id="announcements" title={t("announcements")}>
          <ProfileForm
            idPrefix="announcement"
            action={createAnnouncementAction.bind(null, slug)}
            fields={[
              { name: "title", label: t("announcementTitle"), maxLength: ANNOUNCEMENT.title, required: true },
              {
                name: "body",
                label: t("announcementBody"),
                type: "textarea",
                rows: 3,
                maxLength: ANNOUNCEMENT.body,
              },
              { name: "linkUrl", label: t("announcementLink"), type: "url" },
              { name: "isPinned", label: t("pinIt"), type: "checkbox", defaultValue: "on" },
            ]}
            submitLabel={t("publishAnnouncement")}
          />
          {announcements.length > 0 && (
            <ul className="divide-border flex flex-col divide-y" data-testid="announcement-list">
              {announcements.map((a) => (
                <li key={a.id} className="flex flex-wrap items-start justify-between gap-2 py-3">
                  <div className="min-w-0">
                    <p className="font-semibold wrap-anywhere">
                      {a.isPinned && (
                        <Pin aria-label={t("pinned")} className="text-primary mr-1 inline size-4" />
                      )}
                      {a.title}
                    </p>
                    <p className="text-muted text-xs">
                      {format.dateTime(new Date(a.createdAt), { dateStyle: "medium" })}
                    </p>
                  </div>
                  <div className="flex gap-2">
                    <ActionButton
                      variant="ghost"
                      action={pinAnnouncementAction.bind(null, slug, a.id, !a.isPinned)}
                    >
                      {a.isPinned ? (
                        <PinOff aria-hidden className="size-4" />
                      ) : (
                        <Pin aria-hidden className="size-4" />
                      )}
                      {a.isPinned ? t("unpin") : t("pin")}
                    </ActionButton>
                    <ActionButton
                      variant="ghost"
                      action={deleteAnnouncementAction.bind(null, slug, a.id)}
                      confirm={t("deleteConfirm")}
                      aria-label={t("delete")}
                    >
                      <Trash2 aria-hidden className="size-4" />
                    </ActionButton>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </ProfileSection>

        <ProfileSection id="products-edit" title={t("products")}>
          <ProductForm
            action={createProductAction.bind(null, slug)}
            labels={{
              name: t("productName"),
              description: t("productDescription"),
              url: t("productUrl"),
              image: t("productImage"),
              submit: t("addProduct"),
            }}
          />
          {company.products.length > 0 && (
            <ul className="divide-border flex flex-col divide-y" data-testid="product-list">
              {company.products.map((p) => (
                <li key={p.id} className="flex items-center justify-between gap-2 py-2">
                  <span className="min-w-0 font-semibold wrap-anywhere">{p.name}</span>
                  <ActionButton
                    variant="ghost"
                    action={deleteProductAction.bind(null, slug, p.id)}
                    confirm={t("deleteConfirm")}
                    aria-label={t("delete")}
                  >
                    <Trash2 aria-hidden className="size-4" />
                  </ActionButton>
                </li>
              ))}
            </ul>
          )}
        </ProfileSection>

        <ProfileSection id="requests" title={t("requests", { count: pending.length })}>
          {pending.length === 0 ? (
            <p className="text-muted text-sm">{t("noRequests")}</p>
          ) : (
            <ul className="divide-border divide-y" data-testid="pending-ties">
              {pending.map((tie) => (
                <PersonRow
                  key={tie.id}
                  person={tie.person}
                  meta={[tCompanies(`people.one.${tie.kind}`), tie.title].filter(Boolean).join(" · ")}
                >
                  <ActionButton action={decideRelationAction.bind(null, slug, tie.id, "approved")}>
                    {t("approve")}
                  </ActionButton>
                  <ActionButton
                    variant="outline"
                    action={decideRelationAction.bind(null, slug, tie.id, "declined")}
                  >
                    {t("decline")}
                  </ActionButton>
                </PersonRow>
              ))}
            </ul>
          )}
          {approved.length > 0 && (
            <details className="text-sm">
              <summary className="cursor-pointer font-semibold">
                {t("approvedTies", {
                  count: Object.values(company.tieCounts).reduce((sum, n) => sum + n, 0),
                })}
              </summary>
              <ul className="divide-border divide-y">
                {approved.map((tie) => (
                  <PersonRow
                    key={tie.id}
                    person={tie.person}
                    meta={[tCompanies(`people.one.${tie.kind}`), tie.title].filter(Boolean).join(" · ")}
                  >
                    <ActionButton
                      variant="ghost"
                      action={decideRelationAction.bind(null, slug, tie.id, "declined")}
                      confirm={t("removeTieConfirm", { name: tie.person.name })}
                    >
                      {t("removeTie")}
                    </ActionButton>
                  </PersonRow>
                ))}
              </ul>
            </details>
          )}
        </ProfileSection>

        {rights.manageAdmins && (
          <ProfileSection id="admins" title={t("admins")}>
            <ul className="divide-border divide-y" data-testid="admin-list">
              {admins.map((admin) => (
                <PersonRow
                  key={admin.person.id}
                  person={admin.person}
                  meta={tCompanies(`roles.${admin.role}`)}
                >
                  {admin.person.handle && (
                    <ActionButton
                      variant="ghost"
                      action={removeAdminAction.bind(null, slug, admin.person.handle)}
                      confirm={t("removeAdminConfirm", { name: admin.person.name })}
                    >
                      {t("removeAdmin")}
                    </ActionButton>
                  )}
                </PersonRow>
              ))}
            </ul>
            {offered && offered.length > 0 && (
              <ul className="divide-border divide-y" data-testid="offered-roles">
                {offered.map((offer) => (
                  <PersonRow
                    key={offer.person.id}
                    person={offer.person}
                    meta={t("invited", { role: tCompanies(`roles.${offer.role}`) })}
                  >
                    {offer.person.handle && (
                      <ActionButton
                        variant="ghost"
                        action={removeAdminAction.bind(null, slug, offer.person.handle)}
                      >
                        {t("withdrawInvitation")}
                      </ActionButton>
                    )}
                  </PersonRow>
                ))}
              </ul>
            )}
            <ProfileForm
              idPrefix="admin"
              action={setAdminAction.bind(null, slug)}
              fields={[
                {
                  name: "handle",
                  label: t("adminHandle"),
                  hint: t("adminHandleHint"),
                  isHalf: true,
                  required: true,
                },
                {
                  name: "role",
                  label: t("role"),
                  type: "select",
                  defaultValue: "content_admin",
                  options: COMPANY_ROLES.map((value) => ({ value, label: tCompanies(`roles.${value}`) })),
                  isHalf: true,
                },
              ]}
              submitLabel={t("addAdmin")}
            />
          </ProfileSection>
        )}
      </div>
    </CompanyFrame>
  );
}
