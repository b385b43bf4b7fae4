/**
 * Configuration (contract, ARCHITECTURE.md §4): a JSON or YAML file, `${ENV_VAR}` replaced
 * from the environment in every string, validated with zod. A bad config fails at start with
 * every problem listed by path, never just the first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { SOURCE_KEY_PATTERN } from './domain/ids.js';
import { linkProblems } from './domain/person.js';
import { decryptSecret, isEncrypted, parseSecretKey } from './security/secret-box.js';
import { assertTimeZone } from './domain/zoned.js';

const sourceKey = z.string().regex(SOURCE_KEY_PATTERN, 'must be lower-case letters, digits, "-" or "_" (max 63)');

/**
 * Vendor base URLs are fetched by the gateway, so only plain http(s) URLs are accepted (SSRF).
 * Each check parses on its own and stops the chain when it fails, so a value that is not a URL
 * at all ("example.com/api") gets one message saying what to write, not a thrown TypeError.
 */
const baseUrl = z
  .string()
  .refine((u) => URL.canParse(u), { message: 'must be an absolute http or https URL with its scheme, e.g. "https://example.com/api"', abort: true })
  .refine((u) => /^https?:$/.test(new URL(u).protocol), { message: 'must be an http or https URL', abort: true })
  .refine((u) => !new URL(u).username && !new URL(u).password, 'must not carry credentials; use the source fields')
  .transform((u) => u.replace(/\/+$/, ''));

const http = {
  timeoutMs: z.number().int().positive().max(120_000).default(15_000),
  rateLimitPerSecond: z.number().positive().optional(),
  cacheTtlSeconds: z.number().int().min(0).max(86_400).default(30),
  /** Most entries each in-process cache of the source holds (responses, adapter memo); least recently used go first. */
  cacheMaxEntries: z.number().int().positive().max(1_000_000).default(10_000),
  /** Failed calls in a row after which the source is paused (circuit breaker). */
  breakerThreshold: z.number().int().positive().max(1000).default(5),
  breakerCooldownMs: z.number().int().positive().max(600_000).default(10_000),
};

const secret = z.string().min(1, 'must not be empty');

export const sourceSchema = z.discriminatedUnion('vendor', [
  z.object({ key: sourceKey, vendor: z.literal('native') }).strict(),
  z
    .object({
      key: sourceKey,
      vendor: z.literal('clockify'),
      baseUrl: baseUrl.default('https://api.clockify.me/api/v1'),
      reportsBaseUrl: baseUrl.default('https://reports.api.clockify.me/v1'),
      workspaceId: z.string().regex(/^[0-9a-f]{24}$/i, 'must be a 24-character hex workspace id'),
      apiKey: secret,
      ...http,
    })
    .strict(),
  z
    .object({
      key: sourceKey,
      vendor: z.literal('gauzy'),
      baseUrl,
      token: secret.optional(),
      email: z.string().email().optional(),
      password: secret.optional(),
      tenantId: z.string().uuid(),
      organizationId: z.string().uuid(),
      ...http,
    })
    .strict()
    .refine((s) => Boolean(s.token) || Boolean(s.email && s.password), {
      message: 'needs either token or email and password',
      path: ['token'],
    }),
  z.object({ key: sourceKey, vendor: z.literal('desklog'), baseUrl: baseUrl.default('https://app.desklog.io/api/v2'), token: secret, ...http }).strict(),
  z
    .object({
      key: sourceKey,
      vendor: z.literal('dyzo'),
      baseUrl: baseUrl.default('https://api.dyzo.ai'),
      apiKey: secret,
      companyId: z.number().int().positive(),
      employeeId: z.number().int().positive(),
      ...http,
    })
    .strict(),
  z
    .object({
      key: sourceKey,
      vendor: z.literal('timetrack'),
      baseUrl,
      apiKey: secret,
      apiSecret: secret,
      // TimeTrack speaks its users' wall-clock time (vendor-docs/timetrack.md §1.4); UTC if absent.
      timeZone: z.string().refine(isIanaZone, 'is not an IANA time zone (e.g. Europe/Vienna)').optional(),
      ...http,
    })
    .strict(),
]);

const limitsSchema = z
  .object({
    maxPageSize: z.number().int().positive().max(1000).default(200),
    defaultPageSize: z.number().int().positive().max(1000).default(50),
    maxDepth: z.number().int().positive().max(50).default(12),
    /**
     * Depth allowed below `__schema`/`__type`: the standard introspection query (GraphiQL,
     * codegen) nests `ofType` deeper than any data query needs, so it has its own bound.
     */
    maxIntrospectionDepth: z.number().int().positive().max(50).default(16),
    maxAliases: z.number().int().positive().max(500).default(30),
    maxTokens: z.number().int().positive().max(100_000).default(3000),
    maxCost: z.number().int().positive().max(1_000_000).default(20_000),
    maxDirectives: z.number().int().positive().max(200).default(20),
    /** Largest request body accepted, in bytes, counted as it streams (with or without Content-Length). */
    maxBodyBytes: z.number().int().positive().max(10_000_000).default(100_000),
    /** Longest time entry a write may create, in seconds (31 days by default; at most 366 days). */
    maxEntrySeconds: z.number().int().positive().max(366 * 86_400).default(31 * 86_400),
  })
  .strict();

/** Gateway access: API keys (stored as SHA-256 hashes) and/or HS256 JWTs, each scoped. */
const authSchema = z
  .object({
    apiKeys: z
      .array(
        z
          .object({
            name: z.string().min(1),
            hash: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" and 64 hex digits (timegate hash-key prints it)'),
            access: z.enum(['read', 'read-write']).default('read'),
            sources: z.array(sourceKey).optional(),
          })
          .strict(),
      )
      .default([]),
    jwt: z
      .object({
        secret: z.string().min(32, 'must be at least 32 characters'),
        issuer: z.string().optional(),
        audience: z.string().optional(),
        /**
         * Oldest token accepted, in seconds since its `iat`. When set, a token without `iat` is
         * refused (its age cannot be known). Every token needs `exp` either way.
         */
        maxAgeSeconds: z.number().int().positive().max(31_536_000).optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((a) => a.apiKeys.length > 0 || a.jwt, { message: 'needs apiKeys or jwt (or remove auth to turn it off)' });

/** Browser origins allowed to call the gateway (CORS); see src/security/cors.ts for the default. */
const corsSchema = z
  .object({
    origins: z.array(
      z
        .string()
        .regex(/^(\*|https?:\/\/[^/\s:]+(:(\d{1,5}|\*))?)$/, 'must be "*" or an origin like "https://app.example.com" or "http://localhost:*" (scheme and host, no path)'),
    ),
    credentials: z.boolean().default(false),
  })
  .strict()
  .refine((c) => !(c.credentials && c.origins.includes('*')), {
    message: 'credentials: true cannot go with "*" (any web page could use a visitor\'s credentials); list the origins',
    path: ['credentials'],
  });

/** GET /metrics in Prometheus text. Under auth it needs a gateway credential or this token. */
const metricsSchema = z
  .object({
    enabled: z.boolean().default(true),
    token: z.string().min(16, 'must be at least 16 characters').optional(),
  })
  .strict();

/**
 * One person across sources (domain/person.ts): users match by e-mail address; a link joins
 * addresses that differ. An address in two links is refused, naming both.
 */
const peopleSchema = z
  .object({
    links: z
      .array(
        z
          .object({ emails: z.array(z.string().trim().email('is not an e-mail address')).min(2, 'a link joins at least two addresses') })
          .strict(),
      )
      .default([]),
  })
  .strict()
  .superRefine((people, ctx) => {
    for (const p of linkProblems(people.links)) ctx.addIssue({ code: 'custom', path: ['links', p.link, 'emails', p.email], message: p.message });
  });

export type AuthConfig = z.output<typeof authSchema>;
export type MetricsConfig = z.output<typeof metricsSchema>;
export type LimitsConfig = z.output<typeof limitsSchema>;

export const configSchema = z
  .object({
    port: z.number().int().min(0).max(65_535).default(4000),
    host: z.string().default('127.0.0.1'),
    store: z
      .string()
      .refine((s) => s === 'memory' || s.startsWith('sqlite:') || /^postgres(ql)?:\/\//.test(s), { message: 'must be "memory", "sqlite:<path>" or a postgres:// URL', abort: true })
      .refine((s) => !/^postgres(ql)?:/.test(s) || URL.canParse(s), 'is not a valid URL; write it as postgres://user:password@host:5432/database (percent-encode special characters)')
      .default('sqlite:./data/timegate.db'),
    cache: z
      .string()
      .refine((s) => s === 'memory' || s === 'none' || /^rediss?:\/\//.test(s), { message: 'must be "memory", "none" or a redis:// URL', abort: true })
      .refine((s) => !/^rediss?:/.test(s) || URL.canParse(s), 'is not a valid URL; write it as redis://[:password@]host:6379 (percent-encode special characters)')
      .default('memory'),
    /** The one path GraphQL (and GraphiQL) is served on; every other path answers 404. */
    graphqlEndpoint: z
      .string()
      .regex(/^(\/[A-Za-z0-9._~-]+)+$/, 'must be a path like "/graphql" (segments of letters, digits, ".", "_", "~", "-"; no trailing "/")')
      .refine((p) => !p.split('/').some((s) => s === '.' || s === '..'), 'must not contain "." or ".." segments')
      .refine((p) => p !== '/healthz' && p !== '/readyz', 'must not be /healthz or /readyz')
      .default('/graphql'),
    /** On SIGTERM/SIGINT, how long requests in flight may take to finish before they are cut. */
    shutdownGraceSeconds: z.number().min(0).max(600).default(10),
    graphiql: z.boolean().default(true),
    introspection: z.boolean().default(true),
    /** Hide field suggestions ("did you mean …") from error messages; on by default in production. */
    hideSuggestions: z.boolean().default(process.env.NODE_ENV === 'production'),
    limits: limitsSchema.default(limitsSchema.parse({})),
    auth: authSchema.optional(),
    cors: corsSchema.optional(),
    metrics: metricsSchema.default({ enabled: true }),
    people: peopleSchema.default({ links: [] }),
    sources: z.array(sourceSchema).min(1, 'must list at least one source').default([{ key: 'local', vendor: 'native' }]),
  })
  .strict()
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.sources.forEach((s, i) => {
      if (seen.has(s.key)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'key'], message: `duplicates source key "${s.key}"` });
      seen.add(s.key);
    });
  });

export type Config = z.output<typeof configSchema>;
export type SourceConfig = z.output<typeof sourceSchema>;

export class ConfigError extends Error {
  constructor(
    readonly problems: string[],
    readonly file: string | null,
  ) {
    // One problem fits on one line; several are listed one per line.
    const where = `Invalid configuration${file ? ` in ${file}` : ''}`;
    super(problems.length === 1 ? `${where}: ${problems[0]}` : `${where}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Replaces `${NAME}` in every string; a missing variable is a problem reported by path. */
function interpolate(value: unknown, env: NodeJS.ProcessEnv, path: string[], problems: string[]): unknown {
  if (typeof value === 'string') {
    return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
      const found = env[name];
      if (found === undefined) problems.push(`${path.join('.') || '(root)'}: environment variable ${name} is not set`);
      return found ?? '';
    });
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolate(v, env, [...path, String(i)], problems));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, env, [...path, k], problems)]));
  }
  return value;
}

/** Decrypts every `enc:v1:` string with TIMEGATE_SECRET_KEY; failures are problems by path. */
function decryptAll(value: unknown, key: () => Buffer | null, path: string[], problems: string[]): unknown {
  if (typeof value === 'string' && isEncrypted(value)) {
    const where = path.join('.') || '(root)';
    const secretKey = key();
    if (!secretKey) {
      problems.push(`${where}: is encrypted, but TIMEGATE_SECRET_KEY is not set`);
      return '';
    }
    try {
      return decryptSecret(value, secretKey);
    } catch {
      problems.push(`${where}: cannot be decrypted with TIMEGATE_SECRET_KEY (wrong key or altered value)`);
      return '';
    }
  }
  if (Array.isArray(value)) return value.map((v, i) => decryptAll(v, key, [...path, String(i)], problems));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decryptAll(v, key, [...path, k], problems)]));
  }
  return value;
}

/** Validates a config object (already parsed from JSON/YAML). */
export function parseConfig(input: unknown, env: NodeJS.ProcessEnv = process.env, file: string | null = null): Config {
  const problems: string[] = [];
  let secretKey: Buffer | null | undefined;
  const key = () => {
    if (secretKey === undefined) {
      try {
        secretKey = parseSecretKey(env.TIMEGATE_SECRET_KEY);
      } catch (error) {
        problems.push(`TIMEGATE_SECRET_KEY: ${(error as Error).message}`);
        secretKey = null;
      }
    }
    return secretKey;
  };
  const interpolated = decryptAll(interpolate(input ?? {}, env, [], problems), key, [], problems);
  const result = configSchema.safeParse(interpolated);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  if (problems.length || !result.success) throw new ConfigError(problems, file);
  return result.data;
}

const DEFAULT_FILES = ['timegate.config.json', 'timegate.config.yaml', 'timegate.config.yml'];

/**
 * Finds and loads the config: an explicit path, else TIMEGATE_CONFIG, else a
 * timegate.config.json|yaml in the working directory, else the built-in default
 * (one native source `local` on ./data/timegate.db).
 */
export function loadConfig(explicitPath?: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const file = findConfigFile(explicitPath, env, cwd);
  if (!file) return parseConfig({}, env);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError([`cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`], file);
  }
  let parsed: unknown;
  try {
    parsed = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new ConfigError([`is not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}: ${(error as Error).message}`], file);
  }
  return resolveFromConfigFolder(parseConfig(parsed, env, file), dirname(file));
}

/** The config file `loadConfig` reads (absolute), or null when it uses the built-in default. */
export function findConfigFile(explicitPath?: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string | null {
  const candidate = explicitPath ?? env.TIMEGATE_CONFIG ?? DEFAULT_FILES.find((f) => existsSync(resolve(cwd, f)));
  return candidate ? resolve(cwd, candidate) : null;
}

/**
 * A relative path in a config file means the same whatever directory the gateway is started
 * from: it is resolved from the folder of the file, as `"store": "sqlite:./mig.db"` next to
 * the config would be read by a person.
 */
function resolveFromConfigFolder(config: Config, folder: string): Config {
  const path = config.store.startsWith('sqlite:') ? config.store.slice('sqlite:'.length) : null;
  if (path === null || path === '' || isAbsolute(path)) return config;
  return { ...config, store: `sqlite:${resolve(folder, path)}` };
}

/** A zone Intl knows; TimeTrack sources convert wall-clock time with it. */
function isIanaZone(timeZone: string): boolean {
  try {
    assertTimeZone(timeZone, 'timeZone');
    return true;
  } catch {
    return false;
  }
}
