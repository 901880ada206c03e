"use client";
import { LogOut, Settings, UserRound } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect, useState } from "react";
import { signOutAction } from "@/app/actions";
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
import { ThemeToggle } from "./theme-toggle";

/** The member's name: given by the server, or (on a page all members share) asked for once in the browser. */
function useMemberName(knownName: string | undefined) {
  const [name, setName] = useState(knownName);
  useEffect(() => {
    if (knownName !== undefined) return;
    const request = new AbortController();
    fetch("/api/v1/me", { signal: request.signal })
      .then((response) => (response.ok ? (response.json() as Promise<{ name: string }>) : null))
      .then((account) => account && setName(account.name))
      .catch(() => {}); // the menu works without the name
    return () => request.abort();
  }, [knownName]);
  return name;
}

export function AccountMenu({ name: knownName }: { name?: string }) {
  const t = useTranslations();
  const name = useMemberName(knownName);
  return (
    <div className="flex items-center gap-1">
      <LocaleSwitcher />
      <ThemeToggle />
      <DropdownMenu>
        <DropdownMenuTrigger
          aria-label={t("header.account")}
          className="text-muted hover:text-foreground focus-visible:outline-ring flex flex-col items-center gap-0.5 rounded-md px-1 text-xs focus-visible:outline-2"
        >
          {name ? (
            <Avatar name={name} className="size-7 text-xs" />
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
            <Link href="/settings">
              <Settings aria-hidden className="size-4" />
              {t("header.settings")}
            </Link>
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => void signOutAction()}>
            <LogOut aria-hidden className="size-4" />
            {t("header.signOut")}
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
    </div>
  );
}
