import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { clientMessages, type ClientNamespace } from "@/lib/i18n/messages";

/**
 * Gives the client components below it the messages of these namespaces (and the shell's). Every page
 * carries the messages its client components use, and no more: they travel with the page.
 */
export async function ClientMessages({
  namespaces = [],
  children,
}: {
  namespaces?: ClientNamespace[];
  children: ReactNode;
}) {
  return (
    <NextIntlClientProvider messages={clientMessages(await getMessages(), namespaces)}>
      {children}
    </NextIntlClientProvider>
  );
}
