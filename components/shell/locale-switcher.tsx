"use client";
import { Languages } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { LOCALES } from "@/lib/i18n/locales";

/** Any visitor changes the language; `changeLocale` is the shell's server action (app/actions.ts). */
export function LocaleSwitcher({ changeLocale }: { changeLocale: (locale: string) => Promise<unknown> }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={t("header.language")}
        disabled={isPending}
        className="text-muted hover:bg-surface-muted hover:text-foreground focus-visible:outline-ring flex h-9 items-center gap-1 rounded-md px-2 text-sm focus-visible:outline-2"
      >
        <Languages aria-hidden className="size-4" />
        <span className="hidden sm:inline">{t(`locale.${locale as (typeof LOCALES)[number]}`)}</span>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuRadioGroup
          value={locale}
          onValueChange={(next) =>
            startTransition(async () => {
              await changeLocale(next);
              router.refresh();
            })
          }
        >
          {LOCALES.map((l) => (
            <DropdownMenuRadioItem key={l} value={l} lang={l}>
              {t(`locale.${l}`)}
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
