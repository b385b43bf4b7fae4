/** The migration operations the GraphQL suite sends; typed by graphql-codegen (test/gql). */
import { graphql } from '../gql/index.js';

export const MigrationFields = graphql(`
  fragment MigrationFields on Migration {
    id
    runId
    from
    to
    state
    dryRun
    entities
    since
    until
    startedAt
    finishedAt
    error
    failureCount
    totals { total created matched mapped unsupported invalid failed }
    counts { entity total done created matched mapped unsupported invalid failed note droppedFields { field reason records } }
    failures(first: 50) { entity sourceRemoteId outcome reason }
  }
`);

export const StartMigration = graphql(`
  mutation StartMigration($input: StartMigrationInput!) {
    startMigration(input: $input) {
      __typename
      ... on StartMigrationSuccess { migration { ...MigrationFields } }
      ... on Error { message code }
      ... on ValidationError { fields { path message } }
    }
  }
`);

export const ResumeMigration = graphql(`
  mutation ResumeMigration($input: ResumeMigrationInput!) {
    resumeMigration(input: $input) {
      __typename
      ... on ResumeMigrationSuccess { migration { ...MigrationFields } }
      ... on Error { message code }
    }
  }
`);

export const CancelMigration = graphql(`
  mutation CancelMigration($input: CancelMigrationInput!) {
    cancelMigration(input: $input) {
      __typename
      ... on CancelMigrationSuccess { migration { ...MigrationFields } }
      ... on Error { message code }
    }
  }
`);

export const MigrationById = graphql(`
  query MigrationById($id: ID!) {
    migration(id: $id) { ...MigrationFields }
  }
`);

export const Migrations = graphql(`
  query Migrations($first: Int) {
    migrations(first: $first) { id runId state from to dryRun totals { total created failed } }
  }
`);

export const MigrationNode = graphql(`
  query MigrationNode($id: ID!) {
    node(id: $id) { __typename ... on Migration { runId state } }
  }
`);
