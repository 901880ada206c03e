"use client";
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from "@dnd-kit/core";
import { FileText, GripVertical, MessageSquareText, Star } from "lucide-react";
import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { api } from "@/lib/api/client";
import type { Board, BoardCard } from "@/lib/jobs/pipeline";
import type { StageName } from "@/lib/jobs/schemas";
import { Alert } from "@/components/ui/alert";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { REJECTION_MESSAGE_MAX } from "@/lib/jobs/limits";

/**
 * A job's applicants in columns by stage (the page gives it a key from the board's contents, so fresh server
 * data after a change replaces what it moved on its own). A card moves by dragging it to another column or with its "Move to"
 * menu (the keyboard's way); several can be picked and declined at once, with a message.
 */
export function PipelineBoard({ board }: { board: Board }) {
  const t = useTranslations("jobs");
  const router = useRouter();
  const [columns, setColumns] = useState(board.columns);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [isRejecting, setIsRejecting] = useState(false);
  const [message, setMessage] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [, startRefresh] = useTransition();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor),
  );
  const stageLabel = (stage: StageName) => board.stageNames[stage] ?? t(`stages.${stage}`);

  async function move(card: BoardCard, stage: StageName) {
    if (card.stage === stage) return;
    const before = columns;
    setColumns(
      columns.map((column) => ({
        ...column,
        count: column.count + (column.stage === stage ? 1 : column.stage === card.stage ? -1 : 0),
        cards:
          column.stage === stage
            ? [{ ...card, stage }, ...column.cards]
            : column.cards.filter((c) => c.id !== card.id),
      })),
    );
    setError(null);
    try {
      await api("put", "applications/{applicationId}/stage", {
        path: { applicationId: card.id },
        body: { stage },
      });
      startRefresh(() => router.refresh());
    } catch (failure) {
      setColumns(before);
      setError((failure as Error).message);
    }
  }

  async function rejectPicked() {
    setError(null);
    try {
      await api("post", "jobs/{jobId}/applications", {
        path: { jobId: board.job.id },
        body: { applicationIds: [...picked], message: message.trim() || undefined },
      });
      setPicked(new Set());
      setIsRejecting(false);
      setMessage("");
      startRefresh(() => router.refresh());
    } catch (failure) {
      setError((failure as Error).message);
    }
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const card = columns.flatMap((column) => column.cards).find((c) => c.id === active.id);
    if (card && over) void move(card, over.id as StageName);
  }

  const toggle = (id: string) => {
    const next = new Set(picked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setPicked(next);
  };

  return (
    <div className="flex flex-col gap-3">
      <p className="text-muted text-sm">{t("board.dragHint")}</p>
      {error && <Alert tone="danger">{error}</Alert>}
      {picked.size > 0 && (
        <div
          className="border-border bg-surface flex flex-col gap-2 rounded-lg border p-3"
          data-testid="bulk-bar"
        >
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-sm font-semibold">{t("board.selected", { count: picked.size })}</span>
            <Button size="sm" variant="danger" onClick={() => setIsRejecting(!isRejecting)}>
              {t("board.reject")}
            </Button>
          </div>
          {isRejecting && (
            <div className="flex flex-col gap-2">
              <label htmlFor="reject-message" className="text-sm font-medium">
                {t("board.rejectMessage")}
              </label>
              <textarea
                id="reject-message"
                rows={3}
                maxLength={REJECTION_MESSAGE_MAX}
                value={message}
                onChange={(event) => setMessage(event.currentTarget.value)}
                aria-describedby="reject-message-hint"
                className="border-border bg-surface w-full rounded-md border px-3 py-2 text-base"
              />
              <p id="reject-message-hint" className="text-muted text-xs">
                {t("board.rejectMessageHint")}
              </p>
              <div className="flex gap-2">
                <Button size="sm" variant="danger" onClick={() => void rejectPicked()}>
                  {t("board.rejectConfirm")}
                </Button>
                <Button size="sm" variant="ghost" onClick={() => setIsRejecting(false)}>
                  {t("board.cancel")}
                </Button>
              </div>
            </div>
          )}
        </div>
      )}
      <DndContext sensors={sensors} onDragEnd={onDragEnd}>
        <p className="text-muted text-xs lg:hidden">{t("board.scrollHint", { count: columns.length })}</p>
        <div
          className="flex snap-x gap-3 overflow-x-auto pb-2 lg:grid lg:grid-cols-6 lg:overflow-visible"
          data-testid="pipeline-board"
        >
          {columns.map((column) => (
            <Column
              key={column.stage}
              stage={column.stage}
              label={stageLabel(column.stage)}
              count={column.count}
            >
              {column.cards.length === 0 && <p className="text-muted px-1 text-sm">{t("board.empty")}</p>}
              {column.cards.map((card) => (
                <Card
                  key={card.id}
                  card={card}
                  jobId={board.job.id}
                  stages={columns.map((c) => ({ stage: c.stage, label: stageLabel(c.stage) }))}
                  isPicked={picked.has(card.id)}
                  onPick={() => toggle(card.id)}
                  onMove={(stage) => void move(card, stage)}
                />
              ))}
              {column.count > column.cards.length && (
                <p className="text-muted px-1 text-xs">
                  {t("board.more", { count: column.count - column.cards.length })}
                </p>
              )}
            </Column>
          ))}
        </div>
      </DndContext>
    </div>
  );
}

function Column({
  stage,
  label,
  count,
  children,
}: {
  stage: StageName;
  label: string;
  count: number;
  children: React.ReactNode;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  return (
    <section
      ref={setNodeRef}
      aria-label={label}
      data-testid={`stage-${stage}`}
      className={cn(
        "bg-surface-muted flex w-64 max-w-[80vw] shrink-0 snap-start flex-col gap-2 rounded-lg p-2 lg:w-auto lg:max-w-none lg:min-w-0",
        isOver && "ring-primary ring-2",
      )}
    >
      <h2 className="flex items-center justify-between px-1 text-sm font-semibold">
        {label}
        <span className="text-muted text-xs">{count}</span>
      </h2>
      {children}
    </section>
  );
}

function Card({
  card,
  jobId,
  stages,
  isPicked,
  onPick,
  onMove,
}: {
  card: BoardCard;
  jobId: string;
  stages: { stage: StageName; label: string }[];
  isPicked: boolean;
  onPick: () => void;
  onMove: (stage: StageName) => void;
}) {
  const t = useTranslations("jobs");
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: card.id });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <article
      ref={setNodeRef}
      style={style}
      data-testid="applicant-card"
      className={cn(
        "border-border bg-surface flex flex-col gap-2 rounded-md border p-3 shadow-sm",
        isDragging && "z-10 opacity-80 shadow-lg",
      )}
    >
      <div className="flex items-start gap-2">
        <input
          type="checkbox"
          checked={isPicked}
          onChange={onPick}
          aria-label={t("board.select", { name: card.applicant.name })}
          className="accent-primary mt-1 size-4"
        />
        <div className="min-w-0 flex-1">
          <div className="flex items-center gap-2">
            <Avatar
              name={card.applicant.name}
              src={card.applicant.avatar?.md}
              className="size-8 shrink-0 text-xs"
            />
            <Link
              href={`/jobs/${jobId}/applicants/${card.id}`}
              className="text-primary line-clamp-2 min-w-0 text-sm font-semibold wrap-anywhere hover:underline"
            >
              {card.applicant.name}
            </Link>
          </div>
          <p className="text-muted line-clamp-2 text-xs">{card.applicant.headline}</p>
        </div>
        <button
          type="button"
          className="text-muted hover:text-foreground focus-visible:outline-ring cursor-grab touch-none rounded p-0.5 focus-visible:outline-2"
          {...listeners}
          {...attributes}
          aria-label={t("board.drag", { name: card.applicant.name })}
        >
          <GripVertical aria-hidden className="size-4" />
        </button>
      </div>
      <div className="text-muted flex flex-wrap items-center gap-3 text-xs">
        {card.ratingAverage !== null && (
          <span
            className="inline-flex items-center gap-1"
            title={t("board.rating", { average: card.ratingAverage, count: card.ratingCount })}
          >
            <Star aria-hidden className="size-3.5" />
            {card.ratingAverage}
          </span>
        )}
        {card.noteCount > 0 && (
          <span className="inline-flex items-center gap-1">
            <MessageSquareText aria-hidden className="size-3.5" />
            {t("board.notes", { count: card.noteCount })}
          </span>
        )}
        {card.hasResume && (
          <span className="inline-flex items-center gap-1">
            <FileText aria-hidden className="size-3.5" />
            {t("board.resume")}
          </span>
        )}
      </div>
      <div className="flex items-center gap-2">
        <span aria-hidden className="text-muted text-xs">
          {t("board.moveTo")}
        </span>
        <select
          aria-label={t("board.move", { name: card.applicant.name })}
          value={card.stage}
          onChange={(event) => onMove(event.currentTarget.value as StageName)}
          className="border-border bg-surface h-8 min-w-0 flex-1 rounded-md border px-1 text-xs"
        >
          {stages.map(({ stage, label }) => (
            <option key={stage} value={stage}>
              {label}
            </option>
          ))}
        </select>
      </div>
    </article>
  );
}
