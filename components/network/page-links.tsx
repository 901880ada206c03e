import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";

/** "First page" / "Next page" under a keyset-paged list; the URL keeps the rest of the query. */
export async function PageLinks({
  path,
  query,
  cursor,
  nextCursor,
}: {
  path: string;
  query: Record<string, string | undefined>;
  cursor?: string;
  nextCursor: string | null;
}) {
  const t = await getTranslations("network");
  const href = (next?: string) => {
    const params = new URLSearchParams(
      Object.entries({ ...query, cursor: next }).filter((entry): entry is [string, string] => !!entry[1]),
    );
    return params.size ? `${path}?${params}` : path;
  };
  if (!cursor && !nextCursor) return null;
  return (
    <nav className="flex justify-between gap-2 pt-2 text-sm font-semibold">
      {cursor ? (
        <Link href={href()} className="text-primary hover:underline">
          {t("firstPage")}
        </Link>
      ) : (
        <span />
      )}
      {nextCursor && (
        <Link href={href(nextCursor)} className="text-primary hover:underline" rel="next">
          {t("nextPage")}
        </Link>
      )}
    </nav>
  );
}
