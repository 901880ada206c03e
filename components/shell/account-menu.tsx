"use client";
import { BriefcaseBusiness, Building2, LogOut, Plus, Settings, UserRound, UserSearch } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { useState } from "react";
import type { ShellActions } from "./shell-actions";
import { companyName } from "@/lib/companies/names";
import { Avatar } from "@/components/ui/avatar";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { LocaleSwitcher } from "./locale-switcher";
import { useMemberHeader } from "./member-header";
import { ThemeToggle } from "./theme-toggle";
import { api } from "@/lib/api/client";

type MyCompany = {
  slug: string;
  nameZh: string | null;
  nameEn: string | null;
  logo: string | null;
  role: string;
};

/** The pages the member manages, asked for when the menu first opens. */
function useMyCompanies() {
  const [companies, setCompanies] = useState<MyCompany[] | null>(null);
  const load = () => {
    if (companies) return;
    setCompanies([]);
    api("get", "me/companies")
      .then((page) => setCompanies(page.items as MyCompany[]))
      .catch(() => {});
  };
  return { companies: companies ?? [], load };
}

export function AccountMenu({ actions }: { actions: ShellActions }) {
  const t = useTranslations();
  const locale = useLocale();
  const member = useMemberHeader();
  const name = member?.name;
  const { companies, load } = useMyCompanies();
  return (
    <div className="flex items-center gap-1">
      <LocaleSwitcher changeLocale={actions.changeLocale} />
      <ThemeToggle />
      <DropdownMenu onOpenChange={(isOpen) => isOpen && load()}>
        <DropdownMenuTrigger
          aria-label={t("header.account")}
          className="text-muted hover:text-foreground focus-visible:outline-ring flex flex-col items-center gap-0.5 rounded-md px-1 text-xs focus-visible:outline-2"
        >
          {name ? (
            <Avatar name={name} src={member?.avatar} className="size-7 text-xs" />
          ) : (
            <UserRound aria-hidden className="bg-border size-7 rounded-full p-1" />
          )}
          <span className="hidden md:inline">{t("nav.me")}</span>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-60">
          {name && (
            <>
              <DropdownMenuLabel className="text-foreground truncate text-sm">{name}</DropdownMenuLabel>
              <DropdownMenuSeparator />
            </>
          )}
          <DropdownMenuItem asChild>
            <Link href="/me">
              <UserRound aria-hidden className="size-4" />
              {t("header.viewProfile")}
            </Link>
          </DropdownMenuItem>
          <DropdownMenuItem asChild>
            <Link href="/me/jobs">
              <BriefcaseBusiness aria-hidden className="size-4" />
              {t("header.myJobs")}
            </Link>
          </DropdownMenuItem>
          {companies.some((company) => company.role === "super_admin" || company.role === "recruiter") && (
            <DropdownMenuItem asChild>
              <Link href="/recruiter">
                <UserSearch aria-hidden className="size-4" />
                {t("nav.recruiter")}
              </Link>
            </DropdownMenuItem>
          )}
          <DropdownMenuItem asChild>
            <Link href="/settings">
              <Settings aria-hidden className="size-4" />
              {t("header.settings")}
            </Link>
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuLabel className="text-muted text-xs font-semibold">
            {t("header.companyPages")}
          </DropdownMenuLabel>
          {companies.map((company) => (
            <DropdownMenuItem key={company.slug} asChild>
              <Link href={`/company/${company.slug}`}>
                <Avatar
                  name={companyName(company, locale)}
                  src={company.logo}
                  className="border-border size-5 rounded-sm border bg-white text-[9px]"
                />
                <span className="truncate">{companyName(company, locale)}</span>
              </Link>
            </DropdownMenuItem>
          ))}
          <DropdownMenuItem asChild>
            <Link href="/company/new">
              {companies.length ? (
                <Plus aria-hidden className="size-4" />
              ) : (
                <Building2 aria-hidden className="size-4" />
              )}
              {t("header.createCompany")}
            </Link>
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => void actions.signOut()}>
            <LogOut aria-hidden className="size-4" />
            {t("header.signOut")}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
    </div>
  );
}
