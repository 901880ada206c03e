// POST /api/v1/auth/confirm-email-change — confirm a new address with the token mailed to it
import { publicRoute } from "@/lib/api/route";
import { confirmEmailChange } from "@/lib/auth/change-email";

export const POST = publicRoute(async ({ json }) => {
  await confirmEmailChange(await json());
  return null;
});
