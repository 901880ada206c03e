// Signing a generated member in for the benchmarks that ask the app as someone.
import pg from "pg";

const PASSWORD = "velvet harbour quietly sings";

/** A graph member (a hub: 500 connections, so degrees count) who can sign in with PASSWORD. */
export async function makeSignInable(databaseUrl: string, userId: string): Promise<string> {
  const { hashPassword } = await import("../lib/auth/password.ts");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ email: string }>(
      `UPDATE "User" SET "passwordHash" = $1, "emailVerified" = now() WHERE id = $2 RETURNING email`,
      [await hashPassword(PASSWORD), userId],
    );
    return rows[0]!.email;
  } finally {
    await client.end();
  }
}

export async function signIn(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

export const oneAtATime = (baseUrl: string, paths: readonly string[], cookie: string) =>
  paths
    .slice(0, 300)
    .map((path) => () => fetch(`${baseUrl}${path}`, { headers: { cookie } }).then((r) => r.arrayBuffer()));
