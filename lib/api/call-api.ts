/** Calls the REST API from the browser. */
/** The REST API's answer: nothing for a success without a body, the localized message for an error. */
export async function callApi(method: string, path: string, body?: object) {
  // writes are JSON, even without fields (the API refuses other bodies: a cross-site form can't send JSON)
  const isWrite = method === "POST" || method === "PUT" || method === "PATCH";
  const response = await fetch(path, {
    method,
    headers: isWrite ? { "content-type": "application/json" } : undefined,
    body: isWrite ? JSON.stringify(body ?? {}) : undefined,
  });
  if (response.ok) return response.status === 204 ? null : ((await response.json()) as unknown);
  const error = (await response.json().catch(() => null)) as {
    error?: { message?: string; fields?: Record<string, string> };
  } | null;
  throw Object.assign(new Error(error?.error?.message ?? response.statusText), {
    fields: error?.error?.fields,
  });
}
