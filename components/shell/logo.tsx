/** The wordmark: 人脉 in a rounded square (the brand name is not translated). */
export function Logo() {
  return (
    <span className="flex items-center gap-2" aria-label="Renmai">
      {/* eslint-disable-next-line react/jsx-no-literals -- the brand mark reads the same in every language */}
      <span className="bg-primary text-primary-foreground flex size-9 items-center justify-center rounded-md text-sm font-bold">
        人脉
      </span>
    </span>
  );
}
