import { Avatar } from "@/components/ui/avatar";
import { cn } from "@/components/ui/cn";
import { companyMonogram } from "@/components/ui/monogram";

/** A company's logo on a light square (logos keep their shape), or its initials. Decorative: the name is beside it. */
export function CompanyLogo({
  name,
  src,
  className,
}: {
  name: string;
  src?: string | null;
  className?: string;
}) {
  return (
    <Avatar
      name={name}
      src={src}
      monogram={companyMonogram(name)}
      className={cn("border-border rounded-md border bg-white object-contain", className)}
    />
  );
}
