import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HTTPReceiver } from '@slack/bolt';
import { withRequestContext } from '../last-resort.js';
import type { Logger } from '../logger.js';
import { readBody } from './request-shape.js';

/**
 * The largest body the app reads. Slack documents no maximum for what it sends. The largest
 * requests it sends this app carry one of the app's own surfaces back with what was typed into
 * it, as URL-encoded JSON: the largest a person can make (a readiness step with every answer at
 * the 3,000 characters an input holds, all three-byte characters, echoed in the view as well) is
 * about 160 kB (`test/edge/http-guard.test.ts` sends it). Slack refuses views over 250 kB
 * (`view_too_large`), and even one of those, URL-encoded with its state, stays under this.
 */
export const BODY_LIMIT = 1024 * 1024;
/**
 * How many bytes of bodies whose signature is not yet checked may be held at once, across all
 * requests. Slack's own requests are a few kilobytes each, so this holds thousands of them;
 * a flood of large forged bodies gets 503 (Slack retries) rather than the process's memory.
 */
export const UNVERIFIED_BUDGET = 8 * BODY_LIMIT;
/** Slack's window: a request's timestamp may differ from the local time by at most five minutes. */
export const TIMESTAMP_WINDOW_S = 5 * 60;
/**
 * Slack checks a slash command URL's certificate with a small unsigned form (`ssl_check=1`);
 * Bolt answers it. Anything else unsigned is refused before its body is read.
 */
const SSL_CHECK_MAX = 1024;

export interface GuardOptions {
  signingSecret: string;
  logger: Logger;
  /** The paths Bolt takes Slack's requests on. */
  endpoints?: readonly string[];
  /**
   * Wall-clock milliseconds. Slack stamps requests with the real time, so this is the real clock
   * even where the app runs on another (tests move the app's clock; Slack's stays put).
   */
  now?: () => number;
  bodyLimit?: number;
  unverifiedBudget?: number;
}

type Buffered = IncomingMessage & { rawBody?: Buffer };

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
};

/**
 * Answers with no body and closes the connection as soon as the answer is out: what the client
 * still sends is not read (Node would otherwise read on, to reuse the connection).
 */
function refuse(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) return;
  res.writeHead(status, { connection: 'close', ...headers });
  res.end(() => {
    if (!req.complete) req.socket.destroy();
  });
}

function signatureHolds(secret: string, timestamp: string, body: Buffer, signature: string): boolean {
  const expected = Buffer.from(
    `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex')}`,
  );
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Puts checks in front of Bolt's HTTP receiver, which reads a body of up to 4 MB before it looks
 * at the signature and refuses old timestamps only. Here a request to Slack's endpoint is refused
 * before its body is read when it carries no signature, a timestamp more than five minutes away in
 * either direction, or a length beyond what Slack sends; its body is then read within a shared
 * budget, its signature checked, and its shape (see request-shape.ts). Bolt gets the body read
 * once, as JSON (its own signature check is off: this one is the request's only, and stricter).
 */
export function guardSlackRequests(receiver: HTTPReceiver, options: GuardOptions): void {
  const endpoints = options.endpoints ?? ['/slack/events'];
  const now = options.now ?? Date.now;
  const limit = options.bodyLimit ?? BODY_LIMIT;
  const budget = options.unverifiedBudget ?? UNVERIFIED_BUDGET;
  const { logger } = options;
  const bolt = receiver.requestListener;
  let held = 0;

  const read = (
    req: IncomingMessage,
    res: ServerResponse,
    declared: number | undefined,
  ): Promise<Buffer | undefined> =>
    new Promise((resolve) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let reserved = 0;
      const release = () => {
        held -= reserved;
        reserved = 0;
      };
      const stop = (status: number, reason: string, headers: Record<string, string> = {}) => {
        release();
        req.removeAllListeners('data');
        logger.warn({ status, bytes: size }, `request refused: ${reason}`);
        refuse(req, res, status, headers);
        resolve(undefined);
      };
      const reserve = (bytes: number): boolean => {
        if (held + bytes > budget) return false;
        held += bytes;
        reserved += bytes;
        return true;
      };
      if (declared !== undefined && !reserve(declared)) {
        stop(503, 'too many unverified bodies in flight', { 'retry-after': '1' });
        return;
      }
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) return stop(413, 'body larger than Slack sends');
        if (size > reserved && !reserve(size - reserved))
          return stop(503, 'too many unverified bodies in flight', { 'retry-after': '1' });
        chunks.push(chunk);
      });
      req.on('end', () => {
        release();
        resolve(Buffer.concat(chunks, size));
      });
      req.on('error', () => {
        release();
        resolve(undefined);
      });
      req.on('close', () => {
        if (!req.complete) {
          release();
          resolve(undefined);
        }
      });
    });

  const guard = async (req: Buffered, res: ServerResponse): Promise<void> => {
    const signature = header(req, 'x-slack-signature');
    const timestamp = header(req, 'x-slack-request-timestamp');
    const length = header(req, 'content-length');
    const declared = length !== undefined && /^\d+$/.test(length) ? Number(length) : undefined;
    if (!signature || !timestamp) {
      const sslCheck =
        header(req, 'content-type') === 'application/x-www-form-urlencoded' &&
        declared !== undefined &&
        declared <= SSL_CHECK_MAX;
      const body = sslCheck ? await read(req, res, declared) : undefined;
      const parsed = body && readBody(header(req, 'content-type'), body.toString('utf8'));
      if (parsed?.ok && parsed.kind === 'ssl_check') return handOver(req, res, { ssl_check: '1' });
      if (!res.headersSent) {
        logger.warn({ status: 401 }, 'request refused: no Slack signature');
        refuse(req, res, 401);
      }
      return;
    }
    const sentAt = /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : Number.NaN;
    if (!(Math.abs(now() / 1000 - sentAt) <= TIMESTAMP_WINDOW_S)) {
      logger.warn({ status: 401, timestamp }, 'request refused: timestamp more than five minutes away');
      return refuse(req, res, 401);
    }
    if (declared !== undefined && declared > limit) {
      logger.warn({ status: 413, bytes: declared }, 'request refused: body larger than Slack sends');
      return refuse(req, res, 413);
    }
    const body = await read(req, res, declared);
    if (!body) return;
    if (!signatureHolds(options.signingSecret, timestamp, body, signature)) {
      logger.warn({ status: 401 }, 'request refused: signature mismatch');
      return refuse(req, res, 401);
    }
    const parsed = readBody(header(req, 'content-type'), body.toString('utf8'));
    if (!parsed.ok) {
      logger.warn(
        { status: 400, problem: parsed.problem },
        'signed request refused: not a request the app handles',
      );
      return refuse(req, res, 400);
    }
    if (parsed.kind === 'rate_limited') {
      logger.warn('Slack is holding back events: the app exceeded its Events API rate limit');
      res.writeHead(200);
      res.end();
      return;
    }
    if (parsed.kind === 'ssl_check') return handOver(req, res, { ssl_check: '1' });
    const isJson = header(req, 'content-type') !== 'application/x-www-form-urlencoded';
    handOver(req, res, parsed.body, isJson ? body : undefined);
  };

  /**
   * Gives Bolt the body as read here, as JSON (which it parses far faster than a form): the JSON
   * as it came, or the form's content written as JSON.
   */
  const handOver = (
    req: Buffered,
    res: ServerResponse,
    body: Record<string, unknown>,
    json?: Buffer,
  ): void => {
    req.rawBody = json ?? Buffer.from(JSON.stringify(body));
    req.headers['content-type'] = 'application/json';
    bolt(req, res);
  };

  receiver.requestListener = (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'POST' || !endpoints.includes(path)) return bolt(req, res);
    withRequestContext({ path }, () => guard(req, res)).catch((err: unknown) => {
      logger.error({ err }, 'request guard failed');
      refuse(req, res, 500);
    });
  };
}
