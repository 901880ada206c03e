import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { Button } from "@/components/ui/button";
import { AccountMenu } from "./account-menu";
import type { ShellActions } from "./shell-actions";
import { LocaleSwitcher } from "./locale-switcher";
import { Logo } from "./logo";
import { MainNav } from "./main-nav";
import { SearchBox } from "./search-box";
import { ThemeToggle } from "./theme-toggle";

export async function SiteHeader({ isMember, actions }: { isMember: boolean; actions: ShellActions }) {
  const t = await getTranslations("header");
  return (
    <header className="border-border bg-surface/95 sticky top-0 z-40 border-b backdrop-blur">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-3 sm:gap-3 sm:px-4">
        <Link
          href={isMember ? "/feed" : "/"}
          className="focus-visible:outline-ring shrink-0 rounded-md focus-visible:outline-2"
        >
          <Logo />
        </Link>
        <SearchBox isMember={isMember} />
        {isMember ? (
          <>
            <MainNav className="hidden md:flex" />
            <AccountMenu actions={actions} />
          </>
        ) : (
          <div className="ml-auto flex items-center gap-1 sm:gap-2">
            <LocaleSwitcher changeLocale={actions.changeLocale} />
            <ThemeToggle />
            <Button asChild variant="ghost" size="sm" className="hidden sm:inline-flex">
              <Link href="/sign-up">{t("joinNow")}</Link>
            </Button>
            <Button asChild variant="outline" size="sm">
              <Link href="/sign-in">{t("signIn")}</Link>
            </Button>
          </div>
        )}
      </div>
    </header>
  );
}
