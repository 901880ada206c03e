"use client";
import { ThemeProvider } from "next-themes";
import type { ReactNode } from "react";

/** `nonce`: the request's CSP nonce, for next-themes' inline script (none on cached pages). */
export function Providers({ children, nonce }: { children: ReactNode; nonce?: string }) {
  return (
    <ThemeProvider
      attribute="class"
      defaultTheme="system"
      enableSystem
      disableTransitionOnChange
      nonce={nonce}
    >
      {children}
    </ThemeProvider>
  );
}
