import { getFormatter, getTranslations } from "next-intl/server";
import { timeAgo } from "@/lib/i18n/relative-time";

/** For server components: `ago(date)` → "3天前", "刚刚". */
export async function getTimeAgo() {
  const [format, t] = await Promise.all([getFormatter(), getTranslations("time")]);
  return (date: Date | string | number, now?: Date) => timeAgo(format, t("justNow"), date, now);
}
