"use client";
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { api } from "@/lib/api/client";
import type { MemberHeader } from "@/lib/composition/member-header";

const MemberHeaderContext = createContext<MemberHeader | null>(null);

/**
 * The signed-in member as the header shows them (name, photo, unread counts), for the account menu and both
 * navigation bars. Rendered per request it comes from the server; on a page all members share (`known` is null)
 * the browser asks for it once. Anonymous visitors have none.
 */
export function MemberHeaderProvider({
  known,
  isMember,
  children,
}: {
  known: MemberHeader | null;
  isMember: boolean;
  children: ReactNode;
}) {
  const [fetched, setFetched] = useState<MemberHeader | null>(null);
  useEffect(() => {
    if (known || !isMember) return;
    const request = new AbortController();
    api("get", "me/header", { signal: request.signal })
      .then(setFetched)
      .catch(() => {}); // the header works without it
    return () => request.abort();
  }, [known, isMember]);
  return <MemberHeaderContext value={known ?? fetched}>{children}</MemberHeaderContext>;
}

export const useMemberHeader = () => useContext(MemberHeaderContext);

/** A count on a navigation icon: nothing at 0, "99+" past 99; `label` says it in words to screen readers. */
export function CountBadge({ count, label }: { count: number; label: string }) {
  if (count <= 0) return null;
  return (
    <>
      <span
        aria-hidden
        className="bg-danger absolute -top-1 left-1/2 ml-0.5 min-w-4 rounded-full px-1 text-center text-[10px] leading-4 font-semibold text-white dark:text-gray-950"
        data-testid="count-badge"
      >
        {count > 99 ? "99+" : count}
      </span>
      <span className="sr-only">{label}</span>
    </>
  );
}
