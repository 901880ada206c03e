import { getMessages, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

type LegalDocument = "terms" | "privacy";
type Section = { heading: string; body: string };

/** The terms or the privacy notice, in the reader's language: a title, an introduction and its sections. */
export async function LegalPage({ document }: { document: LegalDocument }) {
  const [t, messages] = await Promise.all([getTranslations("legal"), getMessages()]);
  // the sections in catalog order (s1, s2, …)
  const sections = Object.values(
    (messages.legal as Record<LegalDocument, { sections: Record<string, Section> }>)[document].sections,
  );
  return (
    <Card className="mx-auto flex w-full max-w-3xl flex-col gap-5">
      <h1 className="text-2xl font-semibold">{t(`${document}.title`)}</h1>
      <p className="text-muted text-sm">{t("updated")}</p>
      <p className="leading-relaxed">{t(`${document}.intro`)}</p>
      {sections.map((section) => (
        <section key={section.heading} className="flex flex-col gap-2">
          <h2 className="text-lg font-semibold">{section.heading}</h2>
          <p className="leading-relaxed">{section.body}</p>
        </section>
      ))}
    </Card>
  );
}

export async function legalMetadata(document: LegalDocument) {
  return { title: (await getTranslations("legal"))(`${document}.title`) };
}
