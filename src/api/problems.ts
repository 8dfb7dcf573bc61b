import type { ServerResponse } from 'node:http';

/** One field at fault: a JSON Pointer into the request body (`/value`), or `` for the body itself. */
export interface FieldError {
  field: string;
  detail: string;
}

/** An RFC 9457 problem; `code` names its type (`urn:smstrategy:problem:<code>`). */
export interface Problem {
  status: number;
  code: string;
  title: string;
  detail?: string;
  errors?: FieldError[];
}

export function problemBody(p: Problem): Record<string, unknown> {
  return {
    type: `urn:smstrategy:problem:${p.code}`,
    title: p.title,
    status: p.status,
    ...(p.detail === undefined ? {} : { detail: p.detail }),
    ...(p.errors && p.errors.length > 0 ? { field: p.errors[0]!.field, errors: p.errors } : {}),
  };
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  contentType = 'application/json',
): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': `${contentType}; charset=utf-8`,
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

export function sendProblem(res: ServerResponse, p: Problem, headers: Record<string, string> = {}): void {
  sendJson(res, p.status, problemBody(p), headers, 'application/problem+json');
}
