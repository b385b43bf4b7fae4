/**
 * The gateway's logger (pino). Credentials are redacted twice: by field path for structured
 * records, and by value for every secret the config holds, so a vendor echoing a key in an
 * error message still cannot put it in a log line.
 */
import pino, { type Logger } from 'pino';

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
    destination,
  );
}

export type { Logger };
