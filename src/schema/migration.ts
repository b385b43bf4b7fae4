/**
 * Migration in GraphQL (ARCHITECTURE.md §8): `startMigration`, `resumeMigration`,
 * `cancelMigration`, `migration(id)` and `migrations`, over the same engine as
 * `timegate migrate`. A run goes on in the background; `wait: true` answers when it is over.
 */
import type { EntityKind } from '../domain/entities.js';
import { ValidationError } from '../domain/errors.js';
import { nodeKey, splitNodeKey } from '../gateway/refs.js';
import { isMigrateKind, MIGRATE_ORDER, totalsOf, type EntityCounts, type MigrationSnapshot, type RecordProblem } from '../migrate/model.js';
import type { DroppedField } from '../migrate/field-drops.js';
import { migrationsOf } from '../migrate/service.js';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { EntityKindEnum } from './enums.js';
import { entityMutation } from './kit.js';

const MigrationStateEnum = builder.enumType('MigrationState', {
  values: {
    RUNNING: { value: 'running' },
    SUCCEEDED: { value: 'succeeded', description: 'Finished; nothing failed (unsupported and invalid records are listed).' },
    PARTIAL: { value: 'partial', description: 'Finished; some records failed and are listed.' },
    FAILED: { value: 'failed', description: 'Stopped by an error (see `error`); resume it to continue.' },
    CANCELLED: { value: 'cancelled' },
    INTERRUPTED: { value: 'interrupted', description: 'Saved as running, but its process stopped (killed or crashed); resume it.' },
  } as const,
});

const MigrationOutcomeEnum = builder.enumType('MigrationOutcome', {
  values: {
    UNSUPPORTED: { value: 'unsupported', description: 'The target cannot hold the record, or something it refers to.' },
    INVALID: { value: 'invalid', description: 'The record cannot be written as it is (no email, still running, …).' },
    FAILED: { value: 'failed', description: 'The target refused it or kept failing.' },
  } as const,
});

type Totals = ReturnType<typeof totalsOf>;

const countFields = (t: any) => ({
  total: t.int({ description: 'Source records in scope.', resolve: (c: Totals) => c.total }),
  done: t.int({ description: 'Records handled so far.', resolve: (c: Totals) => c.done }),
  created: t.int({ description: 'Created in the target by this run (in a dry run: would be created).', resolve: (c: Totals) => c.created }),
  matched: t.int({ description: 'Already in the target (natural key), now in the ID map.', resolve: (c: Totals) => c.matched }),
  mapped: t.int({ description: 'Already migrated by an earlier run (ID map).', resolve: (c: Totals) => c.mapped }),
  unsupported: t.int({ resolve: (c: Totals) => c.unsupported }),
  invalid: t.int({ resolve: (c: Totals) => c.invalid }),
  failed: t.int({ resolve: (c: Totals) => c.failed }),
});

const DroppedFieldRef = builder.objectRef<DroppedField>('MigrationDroppedField').implement({
  description: 'An optional field the target refused: the records were written without it.',
  fields: (t) => ({
    field: t.string({ resolve: (d) => d.field }),
    reason: t.string({ description: "The target's reason.", resolve: (d) => d.reason }),
    records: t.int({ description: 'Records that lost a value for it.', resolve: (d) => d.records }),
  }),
});

const CountsRef = builder.objectRef<EntityCounts>('MigrationEntityCounts').implement({
  description: 'What became of one entity kind.',
  fields: (t) => ({
    entity: t.field({ type: EntityKindEnum, resolve: (c) => c.entity }),
    note: t.string({ nullable: true, resolve: (c) => c.note }),
    droppedFields: t.field({ type: [DroppedFieldRef], resolve: (c) => c.dropped }),
    ...countFields(t),
  }),
});

const TotalsRef = builder.objectRef<Totals>('MigrationTotals').implement({ fields: (t) => countFields(t) });

const FailureRef = builder.objectRef<RecordProblem>('MigrationFailure').implement({
  description: 'A source record that did not reach the target, and why.',
  fields: (t) => ({
    entity: t.field({ type: EntityKindEnum, resolve: (p) => p.entity }),
    sourceRemoteId: t.string({ description: "The record's remote ID in the source.", resolve: (p) => p.sourceId }),
    outcome: t.field({ type: MigrationOutcomeEnum, resolve: (p) => p.outcome }),
    reason: t.string({ resolve: (p) => p.reason }),
  }),
});

export const MigrationRef = builder.node(builder.objectRef<MigrationSnapshot>('Migration'), {
  description: 'One run of the migration engine, live while it runs.',
  id: { resolve: (m) => nodeKey(m.options.to, m.id) },
  loadOne: (key, ctx: Context) => migrationsOf(ctx).get(splitNodeKey(key).remoteId),
  fields: (t) => ({
    runId: t.string({ description: 'The ID `timegate migrate --resume` takes.', resolve: (m) => m.id }),
    from: t.string({ description: 'Key of the source copied from.', resolve: (m) => m.options.from }),
    to: t.string({ description: 'Key of the source copied into.', resolve: (m) => m.options.to }),
    state: t.field({ type: MigrationStateEnum, resolve: (m) => m.state }),
    dryRun: t.boolean({ resolve: (m) => m.options.dryRun }),
    entities: t.field({ type: [EntityKindEnum], description: 'The kinds asked for.', resolve: (m) => m.options.entities }),
    since: t.field({ type: 'DateTime', nullable: true, resolve: (m) => m.options.since }),
    until: t.field({ type: 'DateTime', nullable: true, resolve: (m) => m.options.until }),
    counts: t.field({ type: [CountsRef], description: 'Per entity, in migration order.', resolve: (m) => m.counts }),
    totals: t.field({ type: TotalsRef, resolve: (m) => totalsOf(m.counts) }),
    failureCount: t.int({ description: 'Records not migrated (unsupported, invalid or failed).', resolve: (m) => m.problems.length + m.problemsDropped }),
    failures: t.field({
      type: [FailureRef],
      description: 'Records not migrated, with the reason (the first `first` of them).',
      args: { first: t.arg.int({ required: false, defaultValue: 100 }) },
      resolve: (m, args) => m.problems.slice(0, Math.max(0, args.first ?? 100)),
    }),
    error: t.string({ nullable: true, description: 'Why the run stopped, when it did.', resolve: (m) => m.error }),
    startedAt: t.field({ type: 'DateTime', resolve: (m) => m.startedAt }),
    finishedAt: t.field({ type: 'DateTime', nullable: true, resolve: (m) => m.finishedAt }),
  }),
});

const StartMigrationInput = builder.inputType('StartMigrationInput', {
  fields: (t) => ({
    from: t.string({ required: true, description: 'Key of the source to copy from.' }),
    to: t.string({ required: true, description: 'Key of the source to copy into.' }),
    entities: t.field({ type: [EntityKindEnum], description: 'Default: USER, CLIENT, TAG, PROJECT, TASK, TIME_ENTRY.' }),
    since: t.field({ type: 'DateTime', description: 'Time entries starting at or after this instant.' }),
    until: t.field({ type: 'DateTime', description: 'Time entries starting before this instant.' }),
    dryRun: t.boolean({ description: 'Plan and count only; nothing is written to the target.' }),
    wait: t.boolean({ description: 'Answer when the run has ended instead of at once.' }),
  }),
});

const RunInput = (name: string) =>
  builder.inputType(name, {
    fields: (t) => ({
      id: t.id({ required: true }),
      ...(name === 'ResumeMigrationInput' ? { wait: t.boolean({ description: 'Answer when the run has ended.' }) } : {}),
    }),
  });
const ResumeMigrationInput = RunInput('ResumeMigrationInput');
const CancelMigrationInput = RunInput('CancelMigrationInput');

function entitiesOf(kinds: readonly EntityKind[] | null | undefined) {
  if (!kinds) return [...MIGRATE_ORDER];
  const wrong = kinds.filter((k) => !isMigrateKind(k));
  if (wrong.length) throw ValidationError.field('input.entities', `${wrong.join(', ')} cannot be migrated; choose from USER, CLIENT, TAG, PROJECT, TASK, TIME_ENTRY`);
  return MIGRATE_ORDER.filter((k) => kinds.includes(k));
}

/**
 * The run ID inside a Migration global ID. The source key in it is the client's word only:
 * migrationsOf(ctx) checks the run's real `from`/`to` against the principal (access.ts).
 */
const runIdOf = (ctx: Context, id: string, path: string) => ctx.ids.decode(id, ['Migration'], path).remoteId;

entityMutation('startMigration', {
  type: MigrationRef,
  dataField: 'migration',
  input: StartMigrationInput,
  description: 'Starts copying from one source into another (see timegate migrate).',
  resolve: async (input, ctx) => {
    const service = migrationsOf(ctx);
    // A credential scoped to some sources may only migrate between those.
    ctx.registry.get(input.from, 'input.from');
    ctx.registry.get(input.to, 'input.to');
    const active = await service.start({
      from: input.from,
      to: input.to,
      entities: entitiesOf(input.entities),
      since: input.since ?? null,
      until: input.until ?? null,
      dryRun: Boolean(input.dryRun),
    });
    return input.wait ? active.done : active.run;
  },
});

entityMutation('resumeMigration', {
  type: MigrationRef,
  dataField: 'migration',
  input: ResumeMigrationInput,
  description: 'Runs an interrupted migration again with its saved options; nothing is created twice.',
  resolve: async (input, ctx) => {
    const active = await migrationsOf(ctx).resume(runIdOf(ctx, input.id, 'input.id'));
    return input.wait ? active.done : active.run;
  },
});

entityMutation('cancelMigration', {
  type: MigrationRef,
  dataField: 'migration',
  input: CancelMigrationInput,
  description: 'Stops a running migration after the record in hand; resume it to continue.',
  resolve: async (input, ctx) => migrationsOf(ctx).cancel(runIdOf(ctx, input.id, 'input.id')),
});

builder.queryField('migration', (t) =>
  t.field({
    type: MigrationRef,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_, args, ctx) => migrationsOf(ctx).get(runIdOf(ctx, String(args.id), 'id')),
  }),
);

builder.queryField('migrations', (t) =>
  t.field({
    type: [MigrationRef],
    description: 'Migration runs, newest first: those the credential may read the source of and write the target of.',
    args: { first: t.arg.int({ required: false, defaultValue: 20, description: 'At most 100.' }) },
    resolve: (_, args, ctx) => {
      const first = args.first ?? 20;
      if (first < 1 || first > 100) throw ValidationError.field('first', 'must be between 1 and 100');
      return migrationsOf(ctx).list(first);
    },
  }),
);
