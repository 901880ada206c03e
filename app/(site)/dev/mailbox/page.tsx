import { Inbox } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { clientIp } from "@/lib/http/request-context";
import { listDevMail } from "@/lib/mail/list-dev-mail";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata = { robots: { index: false } };

export default async function DevMailboxPage({ searchParams }: { searchParams: Promise<{ to?: string }> }) {
  const { to } = await searchParams;
  const ip = clientIp(await headers());
  const mails = await listDevMail({ to: typeof to === "string" ? to : undefined }, { ip }).catch(() =>
    notFound(),
  );
  const [t, format] = await Promise.all([getTranslations("mailbox"), getFormatter()]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-muted text-sm">{t("intro")}</p>
      {mails.length === 0 ? (
        <Card>
          <EmptyState icon={Inbox} title={t("empty")} />
        </Card>
      ) : (
        mails.map((mail) => (
          <Card key={mail.id} className="flex flex-col gap-2" data-testid="mail">
            <h2 className="font-semibold">{mail.subject}</h2>
            <p className="text-muted text-xs">
              {t("to")}: <span data-testid="mail-to">{mail.to}</span> · {t("sentAt")}:{" "}
              {format.dateTime(mail.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
            </p>
            {/* the mail's own HTML is built by lib/mail/templates.ts with every value escaped */}
            {mail.html ? (
              <div
                className="[&_a]:text-primary text-sm [&_a]:font-semibold [&_a]:underline [&_p]:my-2"
                dangerouslySetInnerHTML={{ __html: mail.html }}
              />
            ) : (
              <pre className="text-sm whitespace-pre-wrap">{mail.text}</pre>
            )}
          </Card>
        ))
      )}
    </div>
  );
}
