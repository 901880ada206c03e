import { Briefcase, MapPin } from "lucide-react";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { cityName } from "@/lib/i18n/cities";
import type { Candidate } from "@/lib/recruiter/search-candidates";
import { DegreeBadge } from "@/components/network/degree-badge";
import { Avatar } from "@/components/ui/avatar";
import { AddToProject } from "./add-to-project";

/** A candidate in recruiter search: who, where, how experienced, open to work (as the recruiter may see it). */
export async function CandidateRow({
  candidate,
  projects,
}: {
  candidate: Candidate;
  projects: { id: string; name: string }[];
}) {
  const [t, locale] = await Promise.all([getTranslations("recruiter"), getLocale()]);
  const current = [candidate.currentTitle, candidate.currentCompany].filter(Boolean).join(" · ");
  return (
    <li className="flex flex-col gap-2 px-5 py-4" data-testid="candidate">
      <div className="flex items-start gap-3">
        <Avatar name={candidate.name} src={candidate.avatarUrl} className="size-12" />
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-center gap-2">
            <Link href={`/in/${candidate.handle}`} className="font-semibold hover:underline">
              {candidate.name}
            </Link>
            <DegreeBadge degree={candidate.degree} />
            {candidate.openToWork && (
              <span
                className="bg-success-surface text-success rounded-full px-2 py-0.5 text-xs font-semibold"
                data-testid="open-to-work"
              >
                {candidate.openToWork.isPrivate ? t("openToWorkPrivate") : t("openToWork")}
              </span>
            )}
          </p>
          <p className="text-sm wrap-anywhere">{candidate.headline}</p>
          <p className="text-muted flex flex-wrap gap-x-3 text-xs">
            {current && (
              <span className="inline-flex items-center gap-1">
                <Briefcase aria-hidden className="size-3.5" />
                {current}
              </span>
            )}
            {candidate.city && (
              <span className="inline-flex items-center gap-1">
                <MapPin aria-hidden className="size-3.5" />
                {cityName(candidate.city, locale)}
              </span>
            )}
            {candidate.experienceYears !== null && (
              <span>{t("years", { count: candidate.experienceYears })}</span>
            )}
          </p>
          {candidate.skills.length > 0 && (
            <ul className="mt-1 flex flex-wrap gap-1">
              {candidate.skills.map((skill) => (
                <li key={skill} className="border-border rounded-full border px-2 py-0.5 text-xs">
                  {skill}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <AddToProject handle={candidate.handle} projects={projects} />
    </li>
  );
}
