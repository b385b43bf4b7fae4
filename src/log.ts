/**
 * The gateway's logger (pino). Credentials are redacted twice: by field path for structured
 * records, and by value for every secret the config holds, so a vendor echoing a key in an
 * error message still cannot put it in a log line.
 *
 * Lines go to stdout as JSON (TIMEGATE_LOG_FORMAT=json, the default when stdout is not a
 * terminal) or pretty (TIMEGATE_LOG_FORMAT=pretty, the default on a terminal). Nothing else
 * writes to stdout while serving, so a JSON log is a clean stream of JSON lines.
 */
import pino, { type Logger } from 'pino';
import { prettyDestination } from './observability/pretty-log.js';

export type LogFormat = 'json' | 'pretty';

/** TIMEGATE_LOG_FORMAT, else pretty on a terminal and JSON anywhere else (files, collectors). */
export function logFormat(env: NodeJS.ProcessEnv = process.env, stdoutIsTTY = Boolean(process.stdout.isTTY)): LogFormat {
  const asked = env.TIMEGATE_LOG_FORMAT?.trim().toLowerCase();
  if (asked === 'json' || asked === 'pretty') return asked;
  return stdoutIsTTY ? 'pretty' : 'json';
}

const SECRET_FIELDS = ['apiKey', 'apiSecret', 'token', 'password', 'secret', 'authorization', 'x-api-key', 'cookie'];

export function createLogger(secrets: readonly string[] = [], destination?: pino.DestinationStream): Logger {
  // Longest first: a secret that contains a shorter one must be scrubbed whole, not left with its tail.
  const known = secrets.filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
  const scrub = (text: string) => known.reduce((out, secret) => out.split(secret).join('[REDACTED]'), text);
  return pino(
    {
      level: process.env.TIMEGATE_LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
      redact: { paths: SECRET_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`, `headers["${f}"]`]), censor: '[REDACTED]' },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as Parameters<typeof method>);
        },
      },
      formatters: {
        log: (object) => JSON.parse(scrub(JSON.stringify(object))) as Record<string, unknown>,
      },
    },
    destination ?? (logFormat() === 'pretty' ? prettyDestination(process.stdout) : undefined),
  );
}

/**
 * The start-up banner: a log line when `info` is on (so a JSON log stays pure JSON), else
 * plain text on stderr, so whoever started the gateway still learns where it listens.
 */
export function announce(logger: Logger, fields: Record<string, unknown>, message: string): void {
  if (logger.isLevelEnabled('info')) logger.info(fields, message);
  else process.stderr.write(`${message}\n`);
}

export type { Logger };
