import { useTranslations } from "next-intl";

/** "1st", "2nd", "3rd+": how far the viewer is from this member (titled with the long form). */
export function DegreeBadge({ degree }: { degree: 1 | 2 | 3 }) {
  const t = useTranslations("network");
  return (
    <span
      className="border-border text-muted rounded-full border px-2 py-0.5 text-xs font-semibold whitespace-nowrap"
      title={t("degreeLabel", { degree })}
      data-testid="degree"
    >
      {t("degree", { degree })}
    </span>
  );
}
