import net from "node:net";

function listenOn(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : port));
    });
  });
}

/** `preferred` when it is free on 127.0.0.1, otherwise a free port picked by the OS. */
export async function findFreePort(preferred: number): Promise<number> {
  try {
    return await listenOn(preferred);
  } catch {
    return listenOn(0);
  }
}

/** Polls `isReady` until it answers true; gives up at once when `failure` names a reason (a child that exited). */
export async function waitFor(
  what: string,
  isReady: () => Promise<boolean>,
  timeoutMs: number,
  failure: () => string | null = () => null,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reason = failure();
    if (reason) throw new Error(reason);
    try {
      if (await isReady()) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${what} did not become ready within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
