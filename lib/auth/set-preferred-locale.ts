import "server-only";
import { z } from "zod";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

export const PreferredLocaleSchema = z.object({ locale: z.enum(LOCALES, { error: "locale.invalid" }) });

/** Saves the language on the member's account (anonymous visitors keep it in the cookie only). */
export async function setPreferredLocale(viewer: Viewer | null, input: { locale: unknown }): Promise<Locale> {
  const { locale } = parseInput(PreferredLocaleSchema, input);
  if (viewer) await db.user.update({ where: { id: viewer.id }, data: { locale } });
  return locale;
}
