import type { ReactNode } from "react";
import { requireViewer } from "@/lib/core/viewer";
import { ClientMessages } from "@/components/i18n/client-messages";
import { VerifyEmailBanner } from "@/components/member/verify-email-banner";
import { resendVerificationAction } from "./actions";

/** The signed-in area. Each page also asks for the viewer it needs; this layout is the gate and the banner. */
export default async function MemberLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer();
  return (
    <div className="flex flex-col gap-4">
      {!viewer.isEmailVerified && (
        <ClientMessages namespaces={["auth"]}>
          <VerifyEmailBanner email={viewer.email} resend={resendVerificationAction} />
        </ClientMessages>
      )}
      {children}
    </div>
  );
}
