"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition, type ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { send, type ApiCall, type ApiRoute, type MethodOf } from "@/lib/api/client";

/**
 * A button that makes one REST call (accept, ignore, withdraw, remove, unblock…), asking first when `confirm`
 * is given, then refreshes the page's server data. An error is said next to it.
 */
export function ApiButton<R extends ApiRoute, M extends MethodOf<R>>({
  call,
  confirm,
  children,
  ...props
}: { call: ApiCall<R, M>; confirm?: string } & Omit<ComponentProps<typeof Button>, "onClick">) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [isRefreshing, startRefresh] = useTransition();
  async function run() {
    if (confirm && !window.confirm(confirm)) return;
    setIsBusy(true);
    setError(null);
    try {
      await send(call);
      startRefresh(() => router.refresh());
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setIsBusy(false);
    }
  }
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button size="sm" {...props} disabled={isBusy || isRefreshing} onClick={() => void run()}>
        {children}
      </Button>
      {error && (
        <span role="alert" className="text-danger text-xs">
          {error}
        </span>
      )}
    </span>
  );
}
