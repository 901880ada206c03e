"use client";
import NextLink from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * next/link that prefetches on intent — pointer over it, focus, a touch — rather than whenever it scrolls into
 * view: a feed shows dozens of links, and prefetching them all kept the network busy for seconds after the page
 * was ready (issue #23). `prefetch={false}` still turns it off entirely.
 */
export function Link({
  prefetch,
  onMouseEnter,
  onFocus,
  onTouchStart,
  ...props
}: ComponentProps<typeof NextLink>) {
  const [isWanted, setIsWanted] = useState(false);
  const canPrefetch = prefetch !== false && isWanted;
  return (
    <NextLink
      {...props}
      prefetch={canPrefetch ? prefetch : false}
      onMouseEnter={(event) => {
        setIsWanted(true);
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        setIsWanted(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        setIsWanted(true);
        onTouchStart?.(event);
      }}
    />
  );
}
