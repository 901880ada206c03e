import { useFormatter, useTranslations } from "next-intl";
import { timeAgo } from "@/lib/i18n/relative-time";

/** For components that are not async (client or shared): `ago(date, now)` → "3天前", "刚刚". */
export function useTimeAgo() {
  const format = useFormatter();
  const t = useTranslations("time");
  return (date: Date | string | number, now?: Date) => timeAgo(format, t("justNow"), date, now);
}
