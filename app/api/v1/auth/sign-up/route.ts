// POST /api/v1/auth/sign-up — create an account and sign in (sets the session cookie)
import { cookies } from "next/headers";
import { publicRoute } from "@/lib/api/route";
import { getAccount } from "@/lib/auth/get-account";
import { startSession } from "@/lib/auth/sessions";
import { signUp } from "@/lib/auth/sign-up";

export const POST = publicRoute(async ({ json, context }) => {
  const user = await signUp(await json(), context);
  const session = await startSession(user.id, context);
  (await cookies()).set(session.name, session.value, session.options);
  return Response.json(await getAccount(user), { status: 201 });
});
