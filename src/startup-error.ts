/**
 * A start-up failure an operator can fix (a store or Redis that does not answer, a port in
 * use): it is reported as one line saying what failed and what to do, never as a stack trace.
 * The stack of the cause is printed only at the debug log level.
 */
export type StartupSetting = 'store' | 'cache';

export class StartupError extends Error {
  readonly setting: StartupSetting | undefined;

  constructor(
    message: string,
    /** What to do about it, as an instruction; when `setting` is given, it ends by naming it. */
    readonly hint: string,
    options: { setting?: StartupSetting; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'StartupError';
    this.setting = options.setting;
  }
}

function debugging(env: NodeJS.ProcessEnv): boolean {
  return ['debug', 'trace'].includes((env.TIMEGATE_LOG_LEVEL ?? '').toLowerCase());
}

/**
 * The line printed for a failed start. `configFile` is named when the failing setting came
 * from one, so the operator knows where to change it.
 */
export function describeStartupFailure(error: unknown, configFile: string | null, env: NodeJS.ProcessEnv = process.env): string {
  let line: string;
  if (error instanceof StartupError) {
    // Hints end by naming the setting to correct; say in which file it is.
    const where = configFile && error.setting ? ` (in ${configFile})` : '';
    line = `timegate: ${error.message}. To fix: ${error.hint}${where}.`;
  } else {
    const message = error instanceof Error ? error.message : String(error);
    line = `timegate: unexpected error at start: ${message.split('\n')[0]}. Run with TIMEGATE_LOG_LEVEL=debug for the stack trace.`;
  }
  if (!debugging(env)) return `${line}\n`;
  const stack = (e: unknown) => (e instanceof Error ? (e.stack ?? e.message) : String(e));
  const cause = error instanceof Error && error.cause ? `\ncaused by: ${stack(error.cause)}` : '';
  return `${line}\n${stack(error)}${cause}\n`;
}

/** A one-line reason for a low-level error; Node's AggregateError (every address refused) has no message of its own. */
export function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const inner = error instanceof AggregateError ? error.errors.map(reasonOf).filter(Boolean) : [];
  const code = (error as NodeJS.ErrnoException).code;
  return (error.message || [...new Set(inner)].join('; ') || code || error.name).split('\n')[0]!;
}
