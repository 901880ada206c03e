"use client";
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import { api } from "@/lib/api/client";

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
  endorsedSkillIds?: string[];
  recommendation?: { relationship: string; body: string } | null;
};

type ProfileRelationship = { handle: string; state: RelationshipState | null; reload: () => void };

async function loadRelationship(handle: string): Promise<RelationshipState | null> {
  try {
    return (await api("get", "people/{handle}/relationship", { path: { handle } })) as RelationshipState;
  } catch {
    return null; // signed out meanwhile, or blocked: the buttons stay away
  }
}

const RelationshipContext = createContext<ProfileRelationship | null>(null);

/**
 * Loads, in the browser, how the signed-in member stands to the person at `handle` (the page around it may be
 * a shared, cached one), for the buttons on their profile: connect, endorse, recommend.
 */
export function RelationshipProvider({ handle, children }: { handle: string; children: ReactNode }) {
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
  return <RelationshipContext value={{ handle, state, reload }}>{children}</RelationshipContext>;
}

/** The relationship loaded by the nearest RelationshipProvider (nothing outside one: visitors, one's own page). */
export function useRelationship(): ProfileRelationship {
  return useContext(RelationshipContext) ?? { handle: "", state: null, reload: () => {} };
}
