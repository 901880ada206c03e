// PUT /api/v1/me/password — change the password (with the current one); other devices are signed out
import { memberRoute } from "@/lib/api/route";
import { changePassword } from "@/lib/auth/change-password";

export const PUT = memberRoute(async ({ viewer, json }) => {
  await changePassword(viewer, await json());
  return null;
});
