// POST /api/v1/auth/sign-up — create an account; 202 either way (the address may already have one), then sign in
import { publicRoute } from "@/lib/api/route";
import { signUp } from "@/lib/auth/sign-up";

export const POST = publicRoute(async ({ json, context }) =>
  Response.json({ ...(await signUp(await json(), context)), status: "confirmation_sent" }, { status: 202 }),
);
