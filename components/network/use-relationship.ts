"use client";
import { useCallback, useEffect, useState } from "react";
import { callApi } from "@/lib/api/call-api";

export type PersonSummary = {
  id: string;
  name: string;
  handle: string | null;
  avatar: { sm: string } | null;
};
export type RelationshipState = {
  isSelf: boolean;
  isConnected: boolean;
  isBlocking: boolean;
  isFollowing: boolean;
  invitation: { id: string; isSent: boolean } | null;
  degree: 1 | 2 | 3 | null;
  mutual: { count: number; people: PersonSummary[] };
  isEmailNeededToInvite?: boolean;
};

async function loadRelationship(handle: string): Promise<RelationshipState | null> {
  try {
    return (await callApi(
      "GET",
      `/api/v1/people/${encodeURIComponent(handle)}/relationship`,
    )) as RelationshipState;
  } catch {
    return null; // signed out meanwhile, or blocked: the buttons stay away
  }
}

/** How the signed-in member stands to the person at `handle`, loaded in the browser (the page may be shared). */
export function useRelationship(handle: string) {
  const [state, setState] = useState<RelationshipState | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    void loadRelationship(handle).then((loaded) => isCurrent && setState(loaded));
    return () => {
      isCurrent = false;
    };
  }, [handle, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { state, reload };
}
