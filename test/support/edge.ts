/** What every answer outside a successful GraphQL result must look like: coded JSON, with the request id, leaking nothing. */
export async function codedError(response: Response, status: number, code: string): Promise<{ message: string; extensions: Record<string, unknown> }> {
  const text = await response.text();
  expect({ status: response.status, text }).toEqual({ status, text: expect.any(String) });
  expect(response.headers.get("content-type")).toMatch(/^application\/(graphql-response\+)?json/);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(response.headers.get("x-powered-by")).toBeNull();
  expect(text).not.toMatch(/<html|<pre|\bat \S+ \(|node_modules|\/work\/|\/home\/|\/root\/|stacktrace/i);
  const body = JSON.parse(text) as { errors: Array<{ message: string; path?: unknown; extensions: Record<string, unknown> }>; data?: unknown };
  expect(body.errors[0].extensions.code).toBe(code);
  expect(body.errors[0].extensions.requestId).toBe(response.headers.get("x-request-id"));
  expect(body.errors[0].path).toBeUndefined();
  return body.errors[0];
}
