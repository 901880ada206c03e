// POST /api/v1/me/email — ask to change the sign-in address; DELETE — cancel a change not confirmed yet
import { memberRoute } from "@/lib/api/route";
import { cancelEmailChange, requestEmailChange } from "@/lib/auth/change-email";

export const POST = memberRoute(async ({ viewer, json, context }) =>
  Response.json(await requestEmailChange(viewer, await json(), context.locale), { status: 202 }),
);

export const DELETE = memberRoute(async ({ viewer }) => {
  await cancelEmailChange(viewer);
  return null;
});
