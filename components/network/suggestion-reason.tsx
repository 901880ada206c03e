import { useTranslations } from "next-intl";
import type { Suggestion } from "@/lib/network/suggestion-types";

/** The strongest reason a person is suggested, in words: "Both worked at 阿里巴巴", "王芳 and 11 others…". */
export function SuggestionReasonText({ suggestion }: { suggestion: Suggestion }) {
  const t = useTranslations("network.reason");
  const reason = suggestion.reasons[0];
  if (!reason) return null;
  switch (reason.kind) {
    case "mutual": {
      const first = suggestion.mutualFaces[0];
      if (!first) return t("mutual", { count: reason.count });
      return reason.count === 1
        ? t("mutualOne", { name: first.name })
        : t("mutualWithName", { name: first.name, others: reason.count - 1, total: reason.count });
    }
    case "company":
      return t(reason.isCurrent ? "companyCurrent" : "companyPast", { name: reason.name });
    case "school":
      return t("school", { name: reason.name });
    case "industryAndCity":
      return t("industryAndCity", { city: reason.city });
    case "city":
      return t("city", { city: reason.city });
  }
}
