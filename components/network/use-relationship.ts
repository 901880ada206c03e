"use client";
import { useCallback, useEffect, useState } from "react";

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

/** The REST API's answer: nothing for a success without a body, the localized message for an error. */
export async function callApi(method: string, path: string, body?: object) {
  // writes are JSON, even without fields (the API refuses other bodies: a cross-site form can't send JSON)
  const isWrite = method === "POST" || method === "PUT" || method === "PATCH";
  const response = await fetch(path, {
    method,
    headers: isWrite ? { "content-type": "application/json" } : undefined,
    body: isWrite ? JSON.stringify(body ?? {}) : undefined,
  });
  if (response.ok) return response.status === 204 ? null : ((await response.json()) as unknown);
  const error = (await response.json().catch(() => null)) as {
    error?: { message?: string; fields?: Record<string, string> };
  } | null;
  throw Object.assign(new Error(error?.error?.message ?? response.statusText), {
    fields: error?.error?.fields,
  });
}

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
