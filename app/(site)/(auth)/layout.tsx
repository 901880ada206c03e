import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["auth"]}>
      <div className="mx-auto flex w-full max-w-md flex-col gap-4 py-2 sm:py-8">{children}</div>
    </ClientMessages>
  );
}
