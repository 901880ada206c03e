"use client";
import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { CountBadge, useMemberHeader } from "./member-header";
import { NAV_ITEMS } from "./nav-items";

/** Top navigation on wide screens, a bottom bar on phones (as members expect from mobile apps). */
export function MainNav({ className, variant = "top" }: { className?: string; variant?: "top" | "bottom" }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const badges = useMemberHeader()?.badges;
  const countOf = { network: badges?.invitations, notifications: badges?.notifications } as Partial<
    Record<(typeof NAV_ITEMS)[number]["key"], number>
  >;
  return (
    <nav aria-label={t("mainNavigation")} className={cn(variant === "top" && "ml-auto", className)}>
      <ul className={cn("flex", variant === "bottom" && "w-full justify-around")}>
        {NAV_ITEMS.map(({ href, key, icon: Icon }) => {
          const isActive = pathname === href || pathname.startsWith(`${href}/`);
          const count = countOf[key] ?? 0;
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={isActive ? "page" : undefined}
                className={cn(
                  "text-muted hover:text-foreground relative flex min-w-16 flex-col items-center gap-0.5 px-2 py-1.5 text-xs",
                  isActive && "text-foreground",
                  variant === "top" && isActive && "shadow-[inset_0_-2px_0_var(--foreground)]",
                )}
              >
                <Icon aria-hidden className="size-5" />
                {t(key)}
                <CountBadge
                  count={count}
                  label={t(`badge.${key === "network" ? "invitations" : "notifications"}`, { count })}
                />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
