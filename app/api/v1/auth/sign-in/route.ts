// POST /api/v1/auth/sign-in — sign in with email and password (sets the session cookie)
import { cookies } from "next/headers";
import { publicRoute } from "@/lib/api/route";
import { getAccount } from "@/lib/auth/get-account";
import { signIn } from "@/lib/auth/sign-in";

export const POST = publicRoute(async ({ json, context }) => {
  const session = await signIn(await json(), context);
  (await cookies()).set(session.name, session.value, session.options);
  return getAccount({ id: session.userId });
});
