/** Runs one of a post card's actions: busy while it runs, then a notice of success or of what went wrong. */
export type RunAction = (action: () => Promise<void>, success?: string) => Promise<void>;

/** Copies a post's address (a path on this site) to the clipboard. */
export function copyPostLink(href: string) {
  return navigator.clipboard.writeText(new URL(href, window.location.origin).toString());
}
