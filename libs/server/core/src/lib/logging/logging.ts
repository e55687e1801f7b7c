import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DynamicModule, INestApplicationContext } from '@nestjs/common';
import { Logger, LoggerModule, PinoLogger, type Params } from 'nestjs-pino';
import { stdSerializers, type DestinationStream, type LoggerOptions } from 'pino';
import { prettyFactory } from 'pino-pretty';
import type { AppConfig } from '../config';
import { isConnectivityError } from '../outage/outage';

export type ProcessName = 'api' | 'worker';

type Environment = AppConfig['nodeEnv'];

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

// An unreachable server is an expected condition, not a bug: its message and code say enough,
// and a stack trace per failed attempt would bury the lines that matter. (pino-http hands this the
// error already serialized by pino's standard serializer.)
const serializeError = (error: unknown): unknown => {
  const serialized = error instanceof Error ? stdSerializers.err(error) : error;
  if (typeof serialized !== 'object' || serialized === null || !isConnectivityError(serialized)) {
    return serialized;
  }
  const { type, message, code } = serialized as { type?: unknown; message?: unknown; code?: unknown };
  return { type, message, ...(code === undefined ? {} : { code }) };
};

// Paths only: query strings carry OIDC codes and GraphQL variables, calendar paths a private token.
const pathOf = (url: string | undefined): string =>
  (url ?? '').split('?')[0].replace(/^\/calendar\/[^/]+/, '/calendar/[token]');

const options = (environment: Environment, name: ProcessName): LoggerOptions & Record<string, unknown> => ({
  name,
  level: environment === 'development' ? 'debug' : 'info',
  base: environment === 'production' ? { name } : null,
  serializers: {
    err: serializeError,
    error: serializeError,
    req: (request: IncomingMessage & { id?: unknown }) => ({ id: request.id, method: request.method, path: pathOf(request.url) }),
    res: (response: ServerResponse) => ({ status: response.statusCode }),
  },
});

// JSON lines in production (for the log collector); one readable line per event elsewhere. The
// formatter runs in-process and synchronously: no worker thread, and nothing lost at process.exit.
const destination = (environment: Environment): DestinationStream | undefined => {
  if (environment === 'production') {
    return undefined;
  }
  const format = prettyFactory({
    singleLine: true,
    colorize: Boolean(process.stdout.isTTY),
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,name,context',
    messageFormat: '{if context}[{context}] {end}{msg}',
    // Errors too on their one line (pino-pretty would spread them over many).
    errorLikeObjectKeys: [],
  });
  return { write: (line: string) => process.stdout.write(format(line)) };
};

export const loggerParams = (environment: Environment, name: ProcessName): Params => {
  const pinoOptions = {
    ...options(environment, name),
    // One line per request, but not in tests (also not for a test's API configured as production);
    // the health probe never, 2xx/3xx answers at debug level.
    autoLogging:
      environment === 'test' || process.env['NODE_ENV'] === 'test'
        ? false
        : { ignore: (request: IncomingMessage) => pathOf(request.url) === '/health' },
    customLogLevel: (_request: IncomingMessage, response: ServerResponse, error?: Error) =>
      error || response.statusCode >= 500 ? 'warn' : response.statusCode >= 400 ? 'info' : 'debug',
    genReqId: (request: IncomingMessage) => {
      const given = request.headers['x-request-id'];
      const value = Array.isArray(given) ? given[0] : given;
      return value && REQUEST_ID.test(value) ? value : randomUUID();
    },
    quietReqLogger: true,
  };
  const stream = destination(environment);
  return { pinoHttp: stream ? [pinoOptions, stream] : pinoOptions };
};

// Nest's own logs (and every `new Logger(context)`) go through pino: `app.useLogger(app.get(Logger))`.
export const loggingModule = (environment: Environment, name: ProcessName): DynamicModule =>
  LoggerModule.forRoot(loggerParams(environment, name));

// The same pino logger before the Nest application exists, so start-up failures are one line too.
export const createStartupLogger = (environment: Environment, name: ProcessName): Logger => {
  const params = loggerParams(environment, name);
  return new Logger(new PinoLogger(params), params);
};

// After start-up, Nest's logs (buffered until now) go through the module's logger.
export const useStructuredLogger = (app: INestApplicationContext): void => {
  app.useLogger(app.get(Logger));
};
