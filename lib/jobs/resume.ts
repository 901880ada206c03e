import "server-only";
import { randomBytes } from "node:crypto";
import { PDFDocument } from "pdf-lib";
import { AppError } from "@/lib/errors";
import { fileStorage } from "@/lib/storage";
import { megabytesOf, UPLOAD_LIMITS } from "@/lib/storage/upload-limits";

const invalid = (key: string, values?: Record<string, number>) =>
  new AppError("validation", key, {
    fields: { resume: key },
    ...(values && { fieldValues: { resume: values } }),
  });

/**
 * Checks that an upload (a form's File) is a PDF by what it holds, not by its name or type: it must start
 * with the PDF header and parse as a document with pages. Returns its bytes.
 */
export async function readResume(file: unknown): Promise<{ bytes: Buffer; name: string }> {
  if (!(file instanceof Blob) || file.size === 0) throw invalid("resume.empty");
  if (file.size > UPLOAD_LIMITS.resume) throw invalid("resume.tooBig", { max: megabytesOf("resume") });
  const bytes = Buffer.from(await file.arrayBuffer());
  if (bytes.subarray(0, 5).toString("latin1") !== "%PDF-") throw invalid("resume.notPdf");
  const pages = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false })
    .then((pdf) => pdf.getPageCount())
    .catch(() => 0);
  if (pages === 0) throw invalid("resume.notPdf");
  const name = "name" in file && typeof file.name === "string" ? file.name : "resume.pdf";
  return { bytes, name: name.replace(/[\p{Cc}\p{Cf}/\\]/gu, "").slice(-120) || "resume.pdf" };
}

/** Stores a checked résumé under the applicant's folder and returns its key. */
export async function storeResume(userId: string, bytes: Buffer): Promise<string> {
  const key = `resumes/${userId}/${randomBytes(12).toString("base64url")}.pdf`;
  await fileStorage().put(key, bytes, "application/pdf");
  return key;
}
