// POST /api/v1/posts — publish a post: JSON {text, audience?, isCommentingOff?}, or multipart with up to nine
// "images" files beside the same fields
import { isMultipart, memberRoute } from "@/lib/api/route";
import { createPost } from "@/lib/feed/create-post";

export const POST = memberRoute(
  async ({ viewer, request, json, formData }) => {
    if (!isMultipart(request)) return createPost(viewer, await json());
    const form = await formData();
    const fields = Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string"));
    return createPost(viewer, fields, form.getAll("images"));
  },
  { body: "json-or-multipart" },
);
