"use client";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";
import { RunButton } from "@/components/ui/run-button";
import { send, type ApiCall, type ApiRoute, type MethodOf } from "@/lib/api/client";

/**
 * A button that makes one REST call (accept, ignore, withdraw, remove, unblock…), asking first when `confirm`
 * is given, then refreshes the page's server data. An error is said next to it.
 */
export function ApiButton<R extends ApiRoute, M extends MethodOf<R>>({
  call,
  ...props
}: { call: ApiCall<R, M> } & Omit<ComponentProps<typeof RunButton>, "run">) {
  const router = useRouter();
  return (
    <RunButton
      {...props}
      run={async () => {
        try {
          await send(call);
          router.refresh();
          return null;
        } catch (failure) {
          return (failure as Error).message;
        }
      }}
    />
  );
}
