"use client";
import { ImageUp } from "lucide-react";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useActionState, useEffect, useState, type ChangeEvent, type ComponentType } from "react";
import type { Area, CropperProps } from "react-easy-crop";
import { FormMessage } from "@/components/auth/form-message";
import { Button } from "@/components/ui/button";
import { FieldMessages } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useUploadLimit } from "@/components/ui/use-upload-limit";
import { IDLE, type FormState } from "@/lib/forms/form-state";

// the crop box loads when a picture is chosen, not with the page
const Cropper = dynamic(
  // its defaults (zoom limits, rotation…) fill what is not given
  () => import("react-easy-crop").then((m) => m.default as unknown as ComponentType<Partial<CropperProps>>),
  { ssr: false },
);

/**
 * Choose a photo or banner, see it and frame it before it goes up: the area kept travels with the file (in
 * percent) and the server cuts it (lib/media/crop.ts). Without JavaScript the file goes up as it is. The server
 * checks the content; this only spares a doomed upload.
 */
export function ImageUploadForm({
  id,
  label,
  action,
  aspect,
  isRound = false,
}: {
  id: string;
  label: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** width ÷ height of the stored picture */
  aspect: number;
  isRound?: boolean;
}) {
  const t = useTranslations();
  const [state, formAction, isPending] = useActionState(action, IDLE);
  const limit = useUploadLimit("image");
  const error = limit.error ?? state.fields?.image;
  const [preview, setPreview] = useState<string | null>(null);
  const [crop, setCrop] = useState({ x: 0, y: 0 });
  const [zoom, setZoom] = useState(1);
  const [area, setArea] = useState<Area | null>(null);
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  function choose(event: ChangeEvent<HTMLInputElement>) {
    limit.onChange(event);
    const file = event.target.files?.[0];
    setArea(null);
    setZoom(1);
    setCrop({ x: 0, y: 0 });
    setPreview(file && file.type.startsWith("image/") ? URL.createObjectURL(file) : null);
  }

  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <FormMessage state={state} />
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={id}>{label}</Label>
        <Input
          id={id}
          name="image"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          onChange={choose}
        />
        <FieldMessages id={id} hint={t("profileEdit.imageHint")} error={error} />
      </div>
      {preview && !limit.error && (
        <div className="flex flex-col gap-2" data-testid={`${id}-crop`}>
          <div
            className="bg-surface-muted relative h-56 w-full max-w-md overflow-hidden rounded-md"
            role="group"
            aria-label={t("profileEdit.cropPreview")}
          >
            <Cropper
              image={preview}
              crop={crop}
              zoom={zoom}
              aspect={aspect}
              cropShape={isRound ? "round" : "rect"}
              showGrid={false}
              onCropChange={setCrop}
              onZoomChange={setZoom}
              onCropComplete={(croppedArea) => setArea(croppedArea)}
            />
          </div>
          <label className="flex max-w-md items-center gap-3 text-sm">
            <span className="text-muted shrink-0">{t("profileEdit.zoom")}</span>
            <input
              type="range"
              min={1}
              max={3}
              step={0.05}
              value={zoom}
              onChange={(event) => setZoom(Number(event.target.value))}
              className="accent-primary w-full"
            />
          </label>
          <p className="text-muted text-xs">{t("profileEdit.cropHint")}</p>
          {area && (
            <>
              <input type="hidden" name="cropX" value={area.x.toFixed(3)} />
              <input type="hidden" name="cropY" value={area.y.toFixed(3)} />
              <input type="hidden" name="cropWidth" value={area.width.toFixed(3)} />
              <input type="hidden" name="cropHeight" value={area.height.toFixed(3)} />
            </>
          )}
        </div>
      )}
      <Button type="submit" size="sm" className="self-start" disabled={isPending}>
        <ImageUp aria-hidden className="size-4" />
        {t("profileEdit.upload")}
      </Button>
    </form>
  );
}
