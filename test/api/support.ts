import { request } from 'node:http';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { expect } from 'vitest';
import { OPENAPI_DOCUMENT } from '../../src/api/openapi.js';
import type { TestApp } from '../support/harness.js';
import type { Json } from '../support/slack-stand-in.js';

export interface ApiResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: Json;
}

/**
 * A request to the API on a connection of its own, as any HTTP client sends it: the answer with
 * its body, also when the server closes the connection on an upload it refused.
 */
export function api(
  t: TestApp,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; raw?: Buffer | string; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const body =
    options.raw !== undefined
      ? Buffer.from(options.raw)
      : options.body === undefined
        ? undefined
        : Buffer.from(JSON.stringify(options.body));
  const headers: Record<string, string> = {
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    ...(body ? { 'content-type': 'application/json', 'content-length': String(body.length) } : {}),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const req = request(`${t.url}${path}`, { method, agent: false, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      const done = () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: Json;
        try {
          json = text ? JSON.parse(text) : {};
        } catch {
          json = {};
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      };
      res.on('end', done);
      res.on('error', done);
    });
    // The server may close the rest of an upload it refused: the answer is what counts.
    req.on('error', (err) => (req.writableEnded ? undefined : reject(err)));
    req.end(body);
  });
}

/** The token in the ephemeral reply to `api token create`. */
export function tokenIn(reply: Json): string {
  const match = /smst_[A-Za-z0-9]+_[A-Za-z0-9_-]{43}/.exec(JSON.stringify(reply));
  if (!match) throw new Error(`no token in ${JSON.stringify(reply)}`);
  return match[0];
}

// The OpenAPI document's schemas, compiled by a JSON Schema 2020-12 validator (OpenAPI 3.1's
// dialect): each answer is checked against what the document says of its path, method, status
// and media type.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
const schemas = JSON.parse(
  JSON.stringify(OPENAPI_DOCUMENT.components.schemas).replaceAll('#/components/schemas/', 'openapi:'),
) as Record<string, object>;
for (const [name, schema] of Object.entries(schemas)) ajv.addSchema({ ...schema, $id: `openapi:${name}` });

const compiled = new Map<string, ValidateFunction>();
function validatorFor(schema: object): ValidateFunction {
  const key = JSON.stringify(schema);
  let v = compiled.get(key);
  if (!v) {
    v = ajv.compile(JSON.parse(key.replaceAll('#/components/schemas/', 'openapi:')));
    compiled.set(key, v);
  }
  return v;
}

const TEMPLATES = Object.keys(OPENAPI_DOCUMENT.paths).map((template) => ({
  template,
  pattern: new RegExp(`^/api/v1${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

/** Fails unless the document describes this answer and the answer matches its schema. */
export function expectDocumented(method: string, path: string, res: ApiResponse): void {
  const found = TEMPLATES.find((x) => x.pattern.test(path.split('?')[0]!));
  if (!found) throw new Error(`the document has no path for ${path}`);
  const item = (OPENAPI_DOCUMENT.paths as Record<string, Record<string, unknown>>)[found.template]!;
  const operation = item[method.toLowerCase()] as
    | { responses: Record<string, { content?: Record<string, { schema: object }> }> }
    | undefined;
  if (!operation) throw new Error(`the document has no ${method} ${found.template}`);
  const response = operation.responses[String(res.status)];
  if (!response) throw new Error(`the document has no ${res.status} for ${method} ${found.template}`);
  const mediaType = String(res.headers['content-type'] ?? '').split(';')[0]!;
  const content = response.content?.[mediaType];
  if (!content)
    throw new Error(`the document has no ${mediaType} for ${res.status} of ${method} ${found.template}`);
  const validate = validatorFor(content.schema);
  const valid = validate(res.json);
  if (!valid)
    throw new Error(`${method} ${path} ${res.status}: ${ajv.errorsText(validate.errors)}\n${res.text}`);
  expect(valid).toBe(true);
}

/** An answer that is a problem (RFC 9457) of this status, documented, naming `field` if given. */
export function expectProblem(
  method: string,
  path: string,
  res: ApiResponse,
  status: number,
  field?: string,
): void {
  expect(res.status, res.text).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expectDocumented(method, path, res);
  if (field !== undefined) expect(res.json.field).toBe(field);
}
