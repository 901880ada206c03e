// The reasons a member can give for a report (also shown in the browser, hence its own module).
export const REPORT_REASONS = [
  "spam",
  "fake_profile",
  "harassment",
  "hate_speech",
  "scam",
  "inappropriate",
  "other",
] as const;
