"use client";
import { Check, UserPlus, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { useState } from "react";
import type { Suggestion } from "@/lib/network/suggestion-types";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { api } from "@/lib/api/client";
import { DegreeBadge } from "./degree-badge";
import { SuggestionReasonText } from "./suggestion-reason";

type State = "idle" | "busy" | "invited" | "dismissed";

/** One person you may know: who they are, why they are suggested, Connect, and "not interested". */
export function SuggestionCard({ suggestion }: { suggestion: Suggestion }) {
  const t = useTranslations("network");
  const [state, setState] = useState<State>("idle");
  const [error, setError] = useState<string | null>(null);
  const { person } = suggestion;
  const href = `/in/${person.handle}`;

  async function run(next: State, call: () => Promise<unknown>) {
    setState("busy");
    setError(null);
    try {
      await call();
      setState(next);
    } catch (failure) {
      setState("idle");
      setError((failure as Error).message);
    }
  }

  if (state === "dismissed") {
    return (
      <li className="text-muted flex items-center justify-center rounded-lg border border-dashed p-4 text-center text-sm">
        <span role="status">{t("dismissed", { name: person.name })}</span>
      </li>
    );
  }
  return (
    <li
      className="border-border bg-surface relative flex min-w-0 flex-col items-center gap-2 rounded-lg border p-3 text-center sm:p-4"
      data-testid="suggestion"
    >
      <button
        type="button"
        className="text-muted hover:bg-surface-muted absolute top-2 right-2 rounded-full p-1"
        aria-label={t("dismiss", { name: person.name })}
        disabled={state === "busy"}
        onClick={() =>
          void run("dismissed", () =>
            api("delete", "network/suggestions/{handle}", { path: { handle: person.handle ?? "" } }),
          )
        }
      >
        <X aria-hidden className="size-4" />
      </button>
      <Avatar
        name={person.name}
        src={person.avatar?.md ?? person.avatar?.sm}
        className="size-16 text-xl sm:size-20 sm:text-2xl"
      />
      <div className="flex min-w-0 flex-col items-center gap-1">
        <Link href={href} className="font-semibold wrap-anywhere hover:underline">
          {person.name}
        </Link>
        <DegreeBadge degree={suggestion.degree} />
        {person.headline && (
          <p className="text-muted line-clamp-2 text-sm wrap-anywhere">{person.headline}</p>
        )}
      </div>
      <p className="text-muted mt-auto flex items-center gap-1.5 text-xs">
        {suggestion.reasons[0]?.kind === "mutual" && (
          <span className="flex -space-x-2">
            {suggestion.mutualFaces.map((face) => (
              <Avatar
                key={face.id}
                name={face.name}
                src={face.avatar?.sm}
                className="border-surface size-5 border-2 text-[9px]"
              />
            ))}
          </span>
        )}
        <span data-testid="reason">
          <SuggestionReasonText suggestion={suggestion} />
        </span>
      </p>
      {state === "invited" ? (
        <Button size="sm" variant="ghost" disabled className="w-full">
          <Check aria-hidden className="size-4" />
          {t("pending")}
        </Button>
      ) : (
        <Button
          size="sm"
          variant="outline"
          className="w-full"
          disabled={state === "busy"}
          onClick={() =>
            void run("invited", () => api("post", "invitations", { body: { handle: person.handle } }))
          }
        >
          <UserPlus aria-hidden className="size-4" />
          {t("connect")}
        </Button>
      )}
      {error && (
        <p role="alert" className="text-danger text-xs">
          {error}{" "}
          <Link href={href} className="underline">
            {person.name}
          </Link>
        </p>
      )}
    </li>
  );
}
