/**
 * The `timegate` command: `serve` (the default) starts the gateway; `--help` and `--version`
 * answer and exit. A bad config prints every problem and exits 1.
 *
 * Only node: built-ins are imported up front. Everything else is `await import()`ed by the
 * command that needs it, so `--help` and `--version` answer without loading GraphQL, the
 * store, Redis, zod or jose (the build turns each of these imports into a chunk of its own).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Config } from './config.js';

const HELP = `timegate: one GraphQL API over every time tracker a team uses

Usage:
  timegate [serve] [--config FILE] [--port N] [--host HOST]
  timegate migrate --from KEY --to KEY [...]   (see timegate migrate --help)
  timegate hash-key KEY      print the hash to put in auth.apiKeys[].hash
  timegate encrypt-secret VALUE
                             print VALUE encrypted (AES-256-GCM) with
                             $TIMEGATE_SECRET_KEY, for any config string
  timegate --help | --version

Options:
  -c, --config FILE   config file (JSON or YAML); else $TIMEGATE_CONFIG,
                      else ./timegate.config.json|yaml, else one native
                      source "local" on ./data/timegate.db
  -p, --port N        port to listen on (default 4000, or the config's)
      --host HOST     interface to bind (default 127.0.0.1)
  -h, --help          show this help
  -v, --version       show the version

GraphiQL: http://localhost:4000/graphql   Health: /healthz   Ready: /readyz
`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * Runs a command. A start-up failure an operator can fix (a store or Redis that does not
 * answer, a port in use) is one line on stderr and exit code 1; the stack trace only with
 * TIMEGATE_LOG_LEVEL=debug.
 */
export async function main(argv: string[]): Promise<number> {
  try {
    // `migrate` has options of its own, so it reads its arguments itself (src/migrate/cli.ts).
    if (argv[0] === 'migrate') return await (await import('./migrate/cli.js')).migrateMain(argv.slice(1));
    return await serveOrTool(argv);
  } catch (error) {
    const { describeStartupFailure } = await import('./startup-error.js');
    process.stderr.write(describeStartupFailure(error, await configFileOf(argv)));
    return 1;
  }
}

/** The config file a command line reads, to name it in a start-up error. */
async function configFileOf(argv: string[]): Promise<string | null> {
  const { findConfigFile } = await import('./config.js');
  const at = argv.findIndex((a) => a === '--config' || a === '-c' || a.startsWith('--config='));
  const explicit = at < 0 ? undefined : argv[at]!.startsWith('--config=') ? argv[at]!.slice('--config='.length) : argv[at + 1];
  return findConfigFile(explicit);
}

async function serveOrTool(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string', short: 'c' },
        port: { type: 'string', short: 'p' },
        host: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const command = positionals[0] ?? 'serve';
  if (command === 'hash-key') {
    const key = positionals[1];
    if (!key || key.length < 16) {
      process.stderr.write('hash-key needs the API key (at least 16 characters) as its argument\n');
      return 2;
    }
    const { hashApiKey } = await import('./security/auth.js');
    process.stdout.write(`${hashApiKey(key)}\n`);
    return 0;
  }
  if (command === 'encrypt-secret') {
    const value = positionals[1];
    const { encryptSecret, parseSecretKey } = await import('./security/secret-box.js');
    let key: Buffer | null = null;
    try {
      key = parseSecretKey(process.env.TIMEGATE_SECRET_KEY);
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n`);
      return 2;
    }
    if (!value || !key) {
      process.stderr.write('encrypt-secret needs the value as its argument and TIMEGATE_SECRET_KEY (32 bytes, hex or base64) set\n');
      return 2;
    }
    process.stdout.write(`${encryptSecret(value, key)}\n`);
    return 0;
  }
  if (command !== 'serve') {
    process.stderr.write(`Unknown command "${command}".\n\n${HELP}`);
    return 2;
  }

  const { ConfigError, loadConfig } = await import('./config.js');
  let config: Config;
  try {
    config = loadConfig(values.config);
    if (values.port !== undefined) {
      const port = Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError([`--port: "${values.port}" is not a port number`], null);
      config = { ...config, port };
    }
    if (values.host) config = { ...config, host: values.host };
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }

  const { startGateway } = await import('./main.js');
  const gateway = await startGateway(config);
  const sources = config.sources.map((s) => `${s.key} (${s.vendor})`).join(', ');
  // Imported here, not at the top: --help and --version must not load the logger (already loaded by now).
  const { announce } = await import('./log.js');
  announce(gateway.logger, { url: gateway.url, store: gateway.store.describe, sources }, `timegate ${version()} listening on ${gateway.url}${config.graphqlEndpoint} (store: ${gateway.store.describe}; sources: ${sources})`);
  const signal = await nextSignal().received;
  // A second signal during the grace period cuts the requests still in flight at once.
  const second = nextSignal();
  const { cut } = await gateway.close(config.shutdownGraceSeconds * 1000, second.received);
  second.cancel();
  gateway.logger.info(
    { signal, cut, graceSeconds: config.shutdownGraceSeconds },
    cut ? `stopped on ${signal}: ${cut} connection(s) still busy after ${config.shutdownGraceSeconds} s were cut` : `stopped on ${signal}: every request in flight finished`,
  );
  return 0;
}

function nextSignal(): { received: Promise<NodeJS.Signals>; cancel(): void } {
  let on: (signal: NodeJS.Signals) => void = () => undefined;
  const cancel = () => {
    process.off('SIGINT', on);
    process.off('SIGTERM', on);
  };
  const received = new Promise<NodeJS.Signals>((resolve) => {
    on = (signal) => {
      cancel();
      resolve(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
  return { received, cancel };
}
