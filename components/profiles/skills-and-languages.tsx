import { Pin } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { ProfileForViewer } from "@/lib/profiles/get-profile";
import { EndorseButton } from "@/components/network/endorse-button";
import { ProfileSection } from "./profile-section";

export async function SkillsSection({
  skills,
  handle,
}: {
  skills: NonNullable<ProfileForViewer["skills"]>;
  handle: string;
}) {
  const t = await getTranslations("profile");
  return (
    <ProfileSection id="skills" title={t("skills")}>
      <ul className="flex flex-wrap gap-2" data-testid="skills">
        {skills.map((s) => (
          <li
            key={s.id}
            className={
              s.isPinned
                ? "border-primary bg-accent flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm font-semibold"
                : "border-border flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm"
            }
          >
            {s.isPinned && <Pin aria-label={t("topSkills")} className="text-primary size-3.5" />}
            <span className="break-all">{s.name}</span>
            {s.endorsementCount > 0 && (
              <span className="text-muted text-xs">{t("endorsements", { count: s.endorsementCount })}</span>
            )}
            <EndorseButton handle={handle} skillId={s.id} skill={s.name} />
          </li>
        ))}
      </ul>
    </ProfileSection>
  );
}

export async function LanguagesSection({
  languages,
}: {
  languages: NonNullable<ProfileForViewer["languages"]>;
}) {
  const t = await getTranslations("profile");
  return (
    <ProfileSection id="languages" title={t("languages")}>
      <ul className="flex flex-col gap-2 text-sm">
        {languages.map((l) => (
          <li key={l.id}>
            <p className="font-semibold wrap-anywhere">{l.name}</p>
            <p className="text-muted">{t(`proficiency.${l.proficiency}`)}</p>
          </li>
        ))}
      </ul>
    </ProfileSection>
  );
}
