/**
 * A terminal-friendly rendering of the gateway's pino lines (TIMEGATE_LOG_FORMAT=pretty, the
 * default on a TTY): `12:04:05.123 INFO  message key=value …`. It reads the JSON pino has
 * already produced, so redaction and scrubbing happened before; no extra package needed.
 */
const LEVELS: Record<number, [string, string]> = {
  10: ['TRACE', '\u001b[90m'],
  20: ['DEBUG', '\u001b[36m'],
  30: ['INFO ', '\u001b[32m'],
  40: ['WARN ', '\u001b[33m'],
  50: ['ERROR', '\u001b[31m'],
  60: ['FATAL', '\u001b[35m'],
};
const RESET = '\u001b[0m';
/** Fields every line has, shown in the prefix or not at all. */
const HIDDEN = new Set(['level', 'time', 'msg', 'pid', 'hostname']);

const show = (value: unknown) => (typeof value === 'string' && !/[\s"=]/.test(value) && value !== '' ? value : JSON.stringify(value));

export function prettyLine(json: string, colour: boolean): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const time = typeof record.time === 'number' ? new Date(record.time).toISOString().slice(11, 23) : '';
  const [label, tint] = LEVELS[record.level as number] ?? [String(record.level), ''];
  const level = colour && tint ? `${tint}${label}${RESET}` : label;
  const fields = Object.entries(record)
    .filter(([key, value]) => !HIDDEN.has(key) && value !== undefined)
    .map(([key, value]) => `${key}=${show(value)}`);
  return `${[time, level, String(record.msg ?? ''), ...fields].filter(Boolean).join(' ')}\n`;
}

/** A pino destination that writes each line pretty to `out`. */
export function prettyDestination(out: NodeJS.WritableStream & { isTTY?: boolean }) {
  const colour = Boolean(out.isTTY) && !process.env.NO_COLOR;
  return {
    write(chunk: string) {
      for (const line of chunk.split('\n')) if (line) out.write(prettyLine(line, colour));
    },
  };
}
