"use client";
import { useRouter } from "next/navigation";
import { Composer } from "@/components/feed/composer";

/** A page admin's composer on the company's Posts tab: what they publish appears as the company's. */
export function CompanyPostComposer({
  slug,
  name,
  logo,
}: {
  slug: string;
  name: string;
  logo: string | null;
}) {
  const router = useRouter();
  return (
    <Composer viewerName={name} avatarUrl={logo} asCompany={{ slug }} onPublished={() => router.refresh()} />
  );
}
