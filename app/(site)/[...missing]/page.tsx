import { notFound } from "next/navigation";

// Any URL no other route matches: answered by app/(site)/not-found.tsx, inside the site's own layout (the app
// has two root layouts, so there is no app/not-found.tsx above them).
export default function UnknownPage() {
  notFound();
}
