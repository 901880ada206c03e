import { NotFoundCard } from "@/components/shell/not-found-card";

export default function NotFound() {
  return <NotFoundCard />;
}
