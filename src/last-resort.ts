import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from './logger.js';

/** What a log line about a failure nobody caught can say about the request it came from. */
export interface RequestContext {
  /** The HTTP path, for requests over HTTP. */
  path?: string;
  /** The payload's kind: a slash command, an interaction type or an event type. */
  kind?: string;
  teamId?: string;
}

/**
 * The request under way, carried along its promises: a failure that escapes every handler is
 * still logged with the request that caused it (the store is visible in the process's handlers).
 */
export const requestContext = new AsyncLocalStorage<RequestContext>();

/** Runs `work` with `context` added to the request's context. */
export function withRequestContext<T>(context: RequestContext, work: () => T): T {
  return requestContext.run({ ...requestContext.getStore(), ...context }, work);
}

export interface LastResortHandlers {
  onRejection(reason: unknown): void;
  onException(error: unknown, origin: string): void;
}

/**
 * The process's last resort. A promise rejected with nobody to catch it belongs to one request:
 * it is logged with that request and the process keeps serving everyone else. An exception thrown
 * with nobody to catch it leaves the process in a state Node makes no promises about: it is logged
 * with its request and the process exits non-zero, for the supervisor to start a clean one.
 */
export function lastResortHandlers(logger: Logger, exit: (code: number) => void): LastResortHandlers {
  return {
    onRejection(reason) {
      logger.error(
        { err: reason, request: requestContext.getStore() },
        'unhandled promise rejection: nothing else was affected, the process keeps running',
      );
    },
    onException(error, origin) {
      logger.fatal(
        { err: error, origin, request: requestContext.getStore() },
        'uncaught exception: stopping',
      );
      exit(1);
    },
  };
}

export function installLastResortHandlers(logger: Logger): void {
  const handlers = lastResortHandlers(logger, (code) => process.exit(code));
  process.on('unhandledRejection', handlers.onRejection);
  process.on('uncaughtException', handlers.onException);
}
