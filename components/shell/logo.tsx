/** The wordmark: 人脉 in a rounded square (the brand name is not translated). */
export function Logo() {
  return (
    <span className="flex items-center gap-2" aria-label="Renmai">
      {/* eslint-disable-next-line react/jsx-no-literals -- the brand mark reads the same in every language */}
      <span className="flex size-9 items-center justify-center rounded-md bg-primary text-sm font-bold text-primary-foreground">人脉</span>
    </span>
  );
}
