import { AppError } from "@/lib/errors";
import { UPLOAD_LIMITS } from "@/lib/storage/upload-limits";
import { parseJsonResume } from "./json-resume";
import { parseLinkedInExport } from "./linkedin-export";
import type { ProfileImport } from "./profile-import";

const MAX_FILES = 5;

const refuse = (messageKey: string) =>
  new AppError("validation", messageKey, { fields: { file: messageKey } });

/**
 * Reads uploaded files as an import: one JSON file is a JSON Resume; anything else must be LinkedIn's export
 * (the .zip or its CSV files).
 */
export async function readImport(files: unknown[]): Promise<ProfileImport> {
  const uploads = files.filter((f): f is File => f instanceof Blob && f.size > 0);
  if (!uploads.length) throw refuse("import.noFile");
  if (uploads.length > MAX_FILES) throw refuse("import.tooManyFiles");
  if (uploads.reduce((sum, f) => sum + f.size, 0) > UPLOAD_LIMITS.profileImport)
    throw refuse("import.tooLarge");
  const read = await Promise.all(
    uploads.map(async (f) => ({ name: f.name ?? "upload", bytes: Buffer.from(await f.arrayBuffer()) })),
  );
  const [first] = read;
  const looksLikeJson =
    read.length === 1 &&
    (/\.json$/i.test(first!.name) || /^\s*[{[]/.test(first!.bytes.subarray(0, 64).toString("utf8")));
  return looksLikeJson ? parseJsonResume(first!.bytes.toString("utf8")) : parseLinkedInExport(read);
}
