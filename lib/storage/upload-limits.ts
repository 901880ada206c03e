/**
 * The largest file each kind of upload may be, in bytes: the use cases refuse more, and the forms' file pickers
 * say so before anything is sent. (next.config.ts keeps server actions' body limit above the largest.)
 */
export const UPLOAD_LIMITS = {
  image: 8 * 1024 * 1024,
  resume: 10 * 1024 * 1024,
  /** all the files of one profile import together */
  profileImport: 10 * 1024 * 1024,
} as const;

export type UploadKind = keyof typeof UPLOAD_LIMITS;

/** A limit in whole megabytes, for messages. */
export const megabytesOf = (kind: UploadKind) => UPLOAD_LIMITS[kind] / 1024 / 1024;
