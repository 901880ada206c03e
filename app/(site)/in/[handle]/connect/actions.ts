"use server";
import { runFormAction } from "@/lib/api/form-action";
import type { RelationshipNotice } from "./notices";
import { requireViewer } from "@/lib/core/viewer";
import type { FormState } from "@/lib/forms/form-state";
import { blockMember, unblockMember } from "@/lib/network/blocks";
import { removeConnection } from "@/lib/network/connections";
import { followMember, unfollowMember } from "@/lib/network/follows";
import {
  acceptInvitation,
  ignoreInvitation,
  sendInvitation,
  withdrawInvitation,
} from "@/lib/network/invitations";

/** What the page's forms can do, each one use case of lib/network. */
const CHANGES = {
  invite: async (viewer, handle, values) => {
    const result = await sendInvitation(viewer, { handle, note: values.note, email: values.email });
    return result.status === "connected" ? "connected" : "sent";
  },
  accept: (viewer, _handle, values) => acceptInvitation(viewer, { invitationId: values.invitationId }),
  ignore: (viewer, _handle, values) => ignoreInvitation(viewer, { invitationId: values.invitationId }),
  withdraw: (viewer, _handle, values) => withdrawInvitation(viewer, { invitationId: values.invitationId }),
  follow: (viewer, handle) => followMember(viewer, { handle }),
  unfollow: (viewer, handle) => unfollowMember(viewer, { handle }),
  remove: (viewer, handle) => removeConnection(viewer, { handle }),
  block: (viewer, handle) => blockMember(viewer, { handle }),
  unblock: (viewer, handle) => unblockMember(viewer, { handle }),
} satisfies Record<
  string,
  (
    viewer: Awaited<ReturnType<typeof requireViewer>>,
    handle: string,
    values: Record<string, string>,
  ) => Promise<unknown>
>;
export type RelationshipChange = keyof typeof CHANGES;

// what the page says after a change that is not plain to see from its new buttons
const SAID = {
  invite: "sent",
  accept: "connected",
  remove: "removed",
  block: "blocked",
} as const satisfies Partial<Record<RelationshipChange, RelationshipNotice>>;

/** One of the page's forms: makes the change, then renders the page again with what it says. */
export async function changeRelationshipAction(
  change: RelationshipChange,
  handle: string,
  _state: FormState,
  formData: FormData,
) {
  return runFormAction(formData, async ({ values }) => {
    const viewer = await requireViewer(`/in/${handle}/connect`);
    const outcome = await CHANGES[change](viewer, handle, values);
    const said = outcome === "connected" ? "connected" : SAID[change as keyof typeof SAID];
    // the form that was sent may be gone from the new page (an invitation sent): the page says it
    return said
      ? { redirect: `/in/${handle}/connect?done=${said}` }
      : { revalidate: `/in/${handle}/connect`, clear: true };
  });
}
