import { readFileSync } from "node:fs";

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

/**
 * Stops a server left running by a launcher that died without cleaning up (kill -9, a crash). Only a live
 * process whose command line contains `marker` (its binary and data dir) is touched.
 */
export async function stopOrphan(pid: number, marker: string, signal: NodeJS.Signals = "SIGTERM") {
  if (!pid || pid === process.pid || !isAlive(pid) || !commandLine(pid).includes(marker)) return false;
  process.kill(pid, signal);
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
  return true;
}

/** Resolves when `done` settles or after `ms`, whichever comes first, without keeping the process alive. */
export function settledWithin(done: Promise<unknown>, ms: number): Promise<unknown> {
  return Promise.race([done, new Promise((resolve) => setTimeout(resolve, ms).unref())]);
}
