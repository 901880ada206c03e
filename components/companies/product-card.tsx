import { ExternalLink, Package } from "lucide-react";
import type { Product } from "@/lib/companies/products";

/** A product or service: its picture, name, what it is, and a link to learn more. */
export function ProductCard({ product, linkLabel }: { product: Product; linkLabel: string }) {
  return (
    <li
      className="border-border bg-surface flex flex-col overflow-hidden rounded-lg border"
      data-testid="product"
    >
      {product.image ? (
        // eslint-disable-next-line @next/next/no-img-element -- stored pre-resized (lib/media)
        <img src={product.image.md} alt="" className="aspect-[3/2] w-full object-cover" loading="lazy" />
      ) : (
        <div
          className="bg-surface-muted text-muted flex aspect-[3/2] items-center justify-center"
          aria-hidden
        >
          <Package className="size-10" />
        </div>
      )}
      <div className="flex flex-1 flex-col gap-1 p-4">
        <h3 className="font-semibold wrap-anywhere">{product.name}</h3>
        {product.description && (
          <p className="text-muted line-clamp-4 text-sm wrap-anywhere whitespace-pre-line">
            {product.description}
          </p>
        )}
        {product.url && (
          <a
            href={product.url}
            rel="nofollow noopener noreferrer"
            target="_blank"
            className="text-primary mt-auto inline-flex items-center gap-1 pt-2 text-sm font-semibold hover:underline"
          >
            {linkLabel}
            <ExternalLink aria-hidden className="size-3.5" />
          </a>
        )}
      </div>
    </li>
  );
}
