import { BadgeCheck, CircleAlert } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { requireViewer } from "@/lib/core/viewer";
import { getAccount } from "@/lib/auth/get-account";
import { ownHandle } from "@/lib/profiles/profile-owner";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export async function generateMetadata() {
  return { title: (await getTranslations("me"))("title") };
}

export default async function MePage() {
  const viewer = await requireViewer("/me");
  const [account, handle, t, format] = await Promise.all([
    getAccount(viewer),
    ownHandle(viewer),
    getTranslations("me"),
    getFormatter(),
  ]);
  return (
    <Card className="flex flex-col gap-4">
      <div className="flex items-center gap-4">
        <Avatar name={account.name} className="size-16 text-xl" />
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold wrap-anywhere">{account.name}</h1>
          <p className="text-muted text-sm">
            {t("memberSince", { date: format.dateTime(account.createdAt, { dateStyle: "long" }) })}
          </p>
        </div>
      </div>
      <dl className="grid gap-1 text-sm">
        <dt className="font-medium">{t("email")}</dt>
        <dd className="flex flex-wrap items-center gap-2 break-all">
          {account.email}
          {account.isEmailVerified ? (
            <span className="text-success inline-flex items-center gap-1">
              <BadgeCheck aria-hidden className="size-4" />
              {t("emailVerified")}
            </span>
          ) : (
            <span className="text-warning inline-flex items-center gap-1">
              <CircleAlert aria-hidden className="size-4" />
              {t("emailUnverified")}
            </span>
          )}
        </dd>
      </dl>
      <div className="flex flex-wrap gap-2">
        <Button asChild size="sm">
          <Link href={`/in/${handle}`}>{t("viewProfile")}</Link>
        </Button>
        <Button asChild size="sm" variant="outline">
          <Link href="/me/profile">{t("editProfile")}</Link>
        </Button>
      </div>
      <Link href="/settings" className="text-primary self-start text-sm font-semibold hover:underline">
        {t("settingsLink")}
      </Link>
    </Card>
  );
}
