/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ExampleClients($source: String!, $after: String) {\n    clients(filter: { sources: [$source] }, first: 100, after: $after) {\n      edges { node { id name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ExampleClientsDocument,
    "\n  query ExampleProjects($source: String!, $after: String) {\n    projects(filter: { sources: [$source] }, first: 100, after: $after) {\n      edges { node { id name billable color client { id name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ExampleProjectsDocument,
    "\n  query ExampleTasks($source: String!, $after: String) {\n    tasks(filter: { sources: [$source] }, first: 100, after: $after) {\n      edges { node { id name description project { id } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ExampleTasksDocument,
    "\n  query ExampleUsers($source: String!, $after: String) {\n    users(filter: { sources: [$source] }, first: 100, after: $after) {\n      edges { node { id name email } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ExampleUsersDocument,
    "\n  query ExampleTimeEntries($source: String!, $after: String) {\n    timeEntries(filter: { sources: [$source], running: false }, first: 100, after: $after) {\n      edges { node { id start end description billable user { id name email } project { id } task { id } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.ExampleTimeEntriesDocument,
    "\n  mutation ExampleCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientSuccess { client { id name } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.ExampleCreateClientDocument,
    "\n  mutation ExampleCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectSuccess { project { id name } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.ExampleCreateProjectDocument,
    "\n  mutation ExampleCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskSuccess { task { id name } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.ExampleCreateTaskDocument,
    "\n  mutation ExampleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on CreateUserSuccess { user { id email } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.ExampleCreateUserDocument,
    "\n  mutation ExampleCreateTimeEntry($input: CreateTimeEntryInput!) {\n    createTimeEntry(input: $input) {\n      __typename\n      ... on CreateTimeEntrySuccess { timeEntry { id } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.ExampleCreateTimeEntryDocument,
    "\n  query DesklogTasks($filter: TaskFilter) {\n    tasks(filter: $filter) { edges { node { remoteId name status estimateSeconds trackedSeconds project { remoteId } assignees { remoteId } } } }\n  }\n": typeof types.DesklogTasksDocument,
    "\n  query DyzoEntryIds($filter: TimeEntryFilter, $first: Int, $after: String) {\n    timeEntries(filter: $filter, first: $first, after: $after) {\n      edges { node { id remoteId durationSeconds task { remoteId } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.DyzoEntryIdsDocument,
    "\n  query DyzoProjectClients($filter: ProjectFilter) {\n    projects(filter: $filter) { edges { node { id name client { id name } } } }\n  }\n": typeof types.DyzoProjectClientsDocument,
    "\n  query EntryDurations($filter: TimeEntryFilter, $first: Int) {\n    timeEntries(filter: $filter, first: $first) {\n      edges { cursor node { id description durationSeconds } }\n    }\n  }\n": typeof types.EntryDurationsDocument,
    "\n  mutation UpdateEntryEnd($input: UpdateTimeEntryInput!) {\n    updateTimeEntry(input: $input) {\n      __typename\n      ... on UpdateTimeEntrySuccess { timeEntry { id end durationSeconds } }\n      ... on ValidationError { code fields { path message } }\n    }\n  }\n": typeof types.UpdateEntryEndDocument,
    "\n  query Sources {\n    sources { id key vendor timers capabilities { entity operations } }\n  }\n": typeof types.SourcesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on CreateUserSuccess { user { id remoteId name email role status timeZone source { key vendor } } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      __typename\n      ... on UpdateUserSuccess { user { id name email role status } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation DeleteUser($input: DeleteUserInput!) {\n    deleteUser(input: $input) {\n      __typename\n      ... on DeleteUserSuccess { user { id name } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.DeleteUserDocument,
    "\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id name email } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      __typename\n      ... on CreateTeamSuccess { team { id name members { id name } } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      __typename\n      ... on UpdateTeamSuccess { team { id name members { id name } } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.UpdateTeamDocument,
    "\n  mutation AddTeamMembers($input: TeamMembershipInput!) {\n    addTeamMembers(input: $input) {\n      __typename\n      ... on AddTeamMembersSuccess { team { id members { id name } } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.AddTeamMembersDocument,
    "\n  mutation RemoveTeamMembers($input: TeamMembershipInput!) {\n    removeTeamMembers(input: $input) {\n      __typename\n      ... on RemoveTeamMembersSuccess { team { id members { id name } } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.RemoveTeamMembersDocument,
    "\n  mutation DeleteTeam($input: DeleteTeamInput!) {\n    deleteTeam(input: $input) { __typename ... on DeleteTeamSuccess { team { id } } ... on Error { message code } }\n  }\n": typeof types.DeleteTeamDocument,
    "\n  query Teams($filter: TeamFilter) { teams(filter: $filter) { edges { node { id name members { name } } } } }\n": typeof types.TeamsDocument,
    "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientSuccess { client { id name email archived } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.CreateClientDocument,
    "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      __typename\n      ... on UpdateClientSuccess { client { id name archived } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.UpdateClientDocument,
    "\n  mutation DeleteClient($input: DeleteClientInput!) {\n    deleteClient(input: $input) { __typename ... on DeleteClientSuccess { client { id name } } ... on Error { message code } }\n  }\n": typeof types.DeleteClientDocument,
    "\n  query Clients($filter: ClientFilter) { clients(filter: $filter) { edges { node { id name archived } } } }\n": typeof types.ClientsDocument,
    "\n  mutation CreateTag($input: CreateTagInput!) {\n    createTag(input: $input) { __typename ... on CreateTagSuccess { tag { id name } } ... on Error { message code } }\n  }\n": typeof types.CreateTagDocument,
    "\n  mutation UpdateTag($input: UpdateTagInput!) {\n    updateTag(input: $input) { __typename ... on UpdateTagSuccess { tag { id name } } ... on Error { message code } }\n  }\n": typeof types.UpdateTagDocument,
    "\n  mutation DeleteTag($input: DeleteTagInput!) {\n    deleteTag(input: $input) { __typename ... on DeleteTagSuccess { tag { id name } } ... on Error { message code } }\n  }\n": typeof types.DeleteTagDocument,
    "\n  query Tags($filter: TagFilter) { tags(filter: $filter) { edges { node { id name } } } }\n": typeof types.TagsDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectSuccess { project { id name billable status estimate estimateSeconds client { id name } members { id } } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.CreateProjectDocument,
    "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on UpdateProjectSuccess { project { id name billable status client { name } members { name } } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.UpdateProjectDocument,
    "\n  mutation AddProjectMembers($input: ProjectMembershipInput!) {\n    addProjectMembers(input: $input) {\n      __typename\n      ... on AddProjectMembersSuccess { project { id members { name } } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.AddProjectMembersDocument,
    "\n  mutation RemoveProjectMembers($input: ProjectMembershipInput!) {\n    removeProjectMembers(input: $input) {\n      __typename\n      ... on RemoveProjectMembersSuccess { project { id members { name } } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.RemoveProjectMembersDocument,
    "\n  mutation DeleteProject($input: DeleteProjectInput!) {\n    deleteProject(input: $input) { __typename ... on DeleteProjectSuccess { project { id name } } ... on Error { message code } }\n  }\n": typeof types.DeleteProjectDocument,
    "\n  query Projects($filter: ProjectFilter) { projects(filter: $filter) { edges { node { id name client { name } } } } }\n": typeof types.ProjectsDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskSuccess { task { id name status priority estimate estimateSeconds trackedSeconds tracked project { id name } assignees { id name } } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.CreateTaskDocument,
    "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on UpdateTaskSuccess { task { id name status priority assignees { name } } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.UpdateTaskDocument,
    "\n  mutation DeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) { __typename ... on DeleteTaskSuccess { task { id } } ... on Error { message code } }\n  }\n": typeof types.DeleteTaskDocument,
    "\n  query Tasks($filter: TaskFilter) { tasks(filter: $filter) { edges { node { id name trackedSeconds project { name } } } } }\n": typeof types.TasksDocument,
    "\n  mutation CreateTimeEntry($input: CreateTimeEntryInput!) {\n    createTimeEntry(input: $input) {\n      __typename\n      ... on CreateTimeEntrySuccess {\n        timeEntry { id description start end running durationSeconds duration billable origin user { id name } project { id name client { name } } task { id name } tags { name } source { key } }\n      }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.CreateTimeEntryDocument,
    "\n  mutation UpdateTimeEntry($input: UpdateTimeEntryInput!) {\n    updateTimeEntry(input: $input) {\n      __typename\n      ... on UpdateTimeEntrySuccess { timeEntry { id description start end durationSeconds billable tags { name } } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.UpdateTimeEntryDocument,
    "\n  mutation DeleteTimeEntry($input: DeleteTimeEntryInput!) {\n    deleteTimeEntry(input: $input) { __typename ... on DeleteTimeEntrySuccess { timeEntry { id } } ... on Error { message code } }\n  }\n": typeof types.DeleteTimeEntryDocument,
    "\n  query TimeEntries($filter: TimeEntryFilter, $first: Int, $after: String) {\n    timeEntries(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id description start end running durationSeconds duration user { name } project { name } task { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.TimeEntriesDocument,
    "\n  mutation StartTimer($input: StartTimerInput!) {\n    startTimer(input: $input) {\n      __typename\n      ... on StartTimerSuccess { timeEntry { id start end running origin } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.StartTimerDocument,
    "\n  mutation StopTimer($input: StopTimerInput!) {\n    stopTimer(input: $input) {\n      __typename\n      ... on StopTimerSuccess { timeEntry { id start end running durationSeconds } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.StopTimerDocument,
    "\n  query Report($input: ReportInput!) {\n    report(input: $input) {\n      totalSeconds billableSeconds entryCount total timeZone\n      rows { date totalSeconds billableSeconds entryCount total source { key } user { name } project { name } task { name } client { name } tag { name } }\n    }\n  }\n": typeof types.ReportDocument,
    "\n  query Node($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on User { name }\n      ... on Team { name }\n      ... on Client { name }\n      ... on Project { name }\n      ... on Task { name }\n      ... on Tag { name }\n      ... on TimeEntry { description }\n    }\n  }\n": typeof types.NodeDocument,
    "\n  query Nodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }\n": typeof types.NodesDocument,
    "\n  query Attendance($filter: AttendanceFilter!) {\n    attendance(filter: $filter) {\n      date clockIn clockOut atWork atWorkSeconds productive idle overtime activityPercent\n      user { name email }\n      source { key vendor }\n    }\n  }\n": typeof types.AttendanceDocument,
    "\n  query Timesheets($filter: TimesheetFilter!) {\n    timesheets(filter: $filter) { id remoteId start end status statusLabel duration user { name } source { key } }\n  }\n": typeof types.TimesheetsDocument,
    "\n  mutation UpdateTimesheetStatus($input: UpdateTimesheetStatusInput!) {\n    updateTimesheetStatus(input: $input) {\n      __typename\n      ... on UpdateTimesheetStatusSuccess { timesheets { id status statusLabel } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.UpdateTimesheetStatusDocument,
    "\n  query People($filter: PersonFilter, $first: Int, $after: String) {\n    people(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id name email emails users { id name email source { key } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query PersonNode($id: ID!) {\n    node(id: $id) { __typename id ... on Person { name email users { id source { key } } } }\n  }\n": typeof types.PersonNodeDocument,
    "\n  query UsersWithPerson($filter: UserFilter) {\n    users(filter: $filter, first: 200) { edges { node { id email source { key } person { id email users { id } } } } }\n  }\n": typeof types.UsersWithPersonDocument,
    "\n  query UserReport($input: ReportInput!) {\n    report(input: $input) { totalSeconds rows { totalSeconds billableSeconds entryCount source { key } user { id email } person { id } } }\n  }\n": typeof types.UserReportDocument,
    "\n  query PersonReport($input: ReportInput!) {\n    report(input: $input) {\n      totalSeconds entryCount groupBy\n      rows { totalSeconds billableSeconds entryCount source { key } user { id } person { id name email users { id source { key } } } }\n    }\n  }\n": typeof types.PersonReportDocument,
    "\n  query TimeTrackEntries($filter: TimeEntryFilter, $first: Int) {\n    timeEntries(filter: $filter, first: $first) {\n      edges { node { id remoteId description start end running durationSeconds duration breakSeconds breakDuration } }\n    }\n  }\n": typeof types.TimeTrackEntriesDocument,
    "\n  fragment MigrationFields on Migration {\n    id\n    runId\n    from\n    to\n    state\n    dryRun\n    entities\n    since\n    until\n    startedAt\n    finishedAt\n    error\n    failureCount\n    totals { total created matched mapped unsupported invalid failed }\n    counts { entity total done created matched mapped unsupported invalid failed note droppedFields { field reason records } }\n    failures(first: 50) { entity sourceRemoteId outcome reason }\n  }\n": typeof types.MigrationFieldsFragmentDoc,
    "\n  mutation StartMigration($input: StartMigrationInput!) {\n    startMigration(input: $input) {\n      __typename\n      ... on StartMigrationSuccess { migration { ...MigrationFields } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": typeof types.StartMigrationDocument,
    "\n  mutation ResumeMigration($input: ResumeMigrationInput!) {\n    resumeMigration(input: $input) {\n      __typename\n      ... on ResumeMigrationSuccess { migration { ...MigrationFields } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.ResumeMigrationDocument,
    "\n  mutation CancelMigration($input: CancelMigrationInput!) {\n    cancelMigration(input: $input) {\n      __typename\n      ... on CancelMigrationSuccess { migration { ...MigrationFields } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.CancelMigrationDocument,
    "\n  query MigrationById($id: ID!) {\n    migration(id: $id) { ...MigrationFields }\n  }\n": typeof types.MigrationByIdDocument,
    "\n  query Migrations($first: Int) {\n    migrations(first: $first) { id runId state from to dryRun totals { total created failed } }\n  }\n": typeof types.MigrationsDocument,
    "\n  query MigrationNode($id: ID!) {\n    node(id: $id) { __typename ... on Migration { runId state } }\n  }\n": typeof types.MigrationNodeDocument,
};
const documents: Documents = {
    "\n  query ExampleClients($source: String!, $after: String) {\n    clients(filter: { sources: [$source] }, first: 100, after: $after) {\n      edges { node { id name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ExampleClientsDocument,
    "\n  query ExampleProjects($source: String!, $after: String) {\n    projects(filter: { sources: [$source] }, first: 100, after: $after) {\n      edges { node { id name billable color client { id name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ExampleProjectsDocument,
    "\n  query ExampleTasks($source: String!, $after: String) {\n    tasks(filter: { sources: [$source] }, first: 100, after: $after) {\n      edges { node { id name description project { id } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ExampleTasksDocument,
    "\n  query ExampleUsers($source: String!, $after: String) {\n    users(filter: { sources: [$source] }, first: 100, after: $after) {\n      edges { node { id name email } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ExampleUsersDocument,
    "\n  query ExampleTimeEntries($source: String!, $after: String) {\n    timeEntries(filter: { sources: [$source], running: false }, first: 100, after: $after) {\n      edges { node { id start end description billable user { id name email } project { id } task { id } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.ExampleTimeEntriesDocument,
    "\n  mutation ExampleCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientSuccess { client { id name } }\n      ... on Error { message code }\n    }\n  }\n": types.ExampleCreateClientDocument,
    "\n  mutation ExampleCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectSuccess { project { id name } }\n      ... on Error { message code }\n    }\n  }\n": types.ExampleCreateProjectDocument,
    "\n  mutation ExampleCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskSuccess { task { id name } }\n      ... on Error { message code }\n    }\n  }\n": types.ExampleCreateTaskDocument,
    "\n  mutation ExampleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on CreateUserSuccess { user { id email } }\n      ... on Error { message code }\n    }\n  }\n": types.ExampleCreateUserDocument,
    "\n  mutation ExampleCreateTimeEntry($input: CreateTimeEntryInput!) {\n    createTimeEntry(input: $input) {\n      __typename\n      ... on CreateTimeEntrySuccess { timeEntry { id } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.ExampleCreateTimeEntryDocument,
    "\n  query DesklogTasks($filter: TaskFilter) {\n    tasks(filter: $filter) { edges { node { remoteId name status estimateSeconds trackedSeconds project { remoteId } assignees { remoteId } } } }\n  }\n": types.DesklogTasksDocument,
    "\n  query DyzoEntryIds($filter: TimeEntryFilter, $first: Int, $after: String) {\n    timeEntries(filter: $filter, first: $first, after: $after) {\n      edges { node { id remoteId durationSeconds task { remoteId } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.DyzoEntryIdsDocument,
    "\n  query DyzoProjectClients($filter: ProjectFilter) {\n    projects(filter: $filter) { edges { node { id name client { id name } } } }\n  }\n": types.DyzoProjectClientsDocument,
    "\n  query EntryDurations($filter: TimeEntryFilter, $first: Int) {\n    timeEntries(filter: $filter, first: $first) {\n      edges { cursor node { id description durationSeconds } }\n    }\n  }\n": types.EntryDurationsDocument,
    "\n  mutation UpdateEntryEnd($input: UpdateTimeEntryInput!) {\n    updateTimeEntry(input: $input) {\n      __typename\n      ... on UpdateTimeEntrySuccess { timeEntry { id end durationSeconds } }\n      ... on ValidationError { code fields { path message } }\n    }\n  }\n": types.UpdateEntryEndDocument,
    "\n  query Sources {\n    sources { id key vendor timers capabilities { entity operations } }\n  }\n": types.SourcesDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on CreateUserSuccess { user { id remoteId name email role status timeZone source { key vendor } } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      __typename\n      ... on UpdateUserSuccess { user { id name email role status } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation DeleteUser($input: DeleteUserInput!) {\n    deleteUser(input: $input) {\n      __typename\n      ... on DeleteUserSuccess { user { id name } }\n      ... on Error { message code }\n    }\n  }\n": types.DeleteUserDocument,
    "\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id name email } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      __typename\n      ... on CreateTeamSuccess { team { id name members { id name } } }\n      ... on Error { message code }\n    }\n  }\n": types.CreateTeamDocument,
    "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      __typename\n      ... on UpdateTeamSuccess { team { id name members { id name } } }\n      ... on Error { message code }\n    }\n  }\n": types.UpdateTeamDocument,
    "\n  mutation AddTeamMembers($input: TeamMembershipInput!) {\n    addTeamMembers(input: $input) {\n      __typename\n      ... on AddTeamMembersSuccess { team { id members { id name } } }\n      ... on Error { message code }\n    }\n  }\n": types.AddTeamMembersDocument,
    "\n  mutation RemoveTeamMembers($input: TeamMembershipInput!) {\n    removeTeamMembers(input: $input) {\n      __typename\n      ... on RemoveTeamMembersSuccess { team { id members { id name } } }\n      ... on Error { message code }\n    }\n  }\n": types.RemoveTeamMembersDocument,
    "\n  mutation DeleteTeam($input: DeleteTeamInput!) {\n    deleteTeam(input: $input) { __typename ... on DeleteTeamSuccess { team { id } } ... on Error { message code } }\n  }\n": types.DeleteTeamDocument,
    "\n  query Teams($filter: TeamFilter) { teams(filter: $filter) { edges { node { id name members { name } } } } }\n": types.TeamsDocument,
    "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientSuccess { client { id name email archived } }\n      ... on Error { message code }\n    }\n  }\n": types.CreateClientDocument,
    "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      __typename\n      ... on UpdateClientSuccess { client { id name archived } }\n      ... on Error { message code }\n    }\n  }\n": types.UpdateClientDocument,
    "\n  mutation DeleteClient($input: DeleteClientInput!) {\n    deleteClient(input: $input) { __typename ... on DeleteClientSuccess { client { id name } } ... on Error { message code } }\n  }\n": types.DeleteClientDocument,
    "\n  query Clients($filter: ClientFilter) { clients(filter: $filter) { edges { node { id name archived } } } }\n": types.ClientsDocument,
    "\n  mutation CreateTag($input: CreateTagInput!) {\n    createTag(input: $input) { __typename ... on CreateTagSuccess { tag { id name } } ... on Error { message code } }\n  }\n": types.CreateTagDocument,
    "\n  mutation UpdateTag($input: UpdateTagInput!) {\n    updateTag(input: $input) { __typename ... on UpdateTagSuccess { tag { id name } } ... on Error { message code } }\n  }\n": types.UpdateTagDocument,
    "\n  mutation DeleteTag($input: DeleteTagInput!) {\n    deleteTag(input: $input) { __typename ... on DeleteTagSuccess { tag { id name } } ... on Error { message code } }\n  }\n": types.DeleteTagDocument,
    "\n  query Tags($filter: TagFilter) { tags(filter: $filter) { edges { node { id name } } } }\n": types.TagsDocument,
    "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectSuccess { project { id name billable status estimate estimateSeconds client { id name } members { id } } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.CreateProjectDocument,
    "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on UpdateProjectSuccess { project { id name billable status client { name } members { name } } }\n      ... on Error { message code }\n    }\n  }\n": types.UpdateProjectDocument,
    "\n  mutation AddProjectMembers($input: ProjectMembershipInput!) {\n    addProjectMembers(input: $input) {\n      __typename\n      ... on AddProjectMembersSuccess { project { id members { name } } }\n      ... on Error { message code }\n    }\n  }\n": types.AddProjectMembersDocument,
    "\n  mutation RemoveProjectMembers($input: ProjectMembershipInput!) {\n    removeProjectMembers(input: $input) {\n      __typename\n      ... on RemoveProjectMembersSuccess { project { id members { name } } }\n      ... on Error { message code }\n    }\n  }\n": types.RemoveProjectMembersDocument,
    "\n  mutation DeleteProject($input: DeleteProjectInput!) {\n    deleteProject(input: $input) { __typename ... on DeleteProjectSuccess { project { id name } } ... on Error { message code } }\n  }\n": types.DeleteProjectDocument,
    "\n  query Projects($filter: ProjectFilter) { projects(filter: $filter) { edges { node { id name client { name } } } } }\n": types.ProjectsDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskSuccess { task { id name status priority estimate estimateSeconds trackedSeconds tracked project { id name } assignees { id name } } }\n      ... on Error { message code }\n    }\n  }\n": types.CreateTaskDocument,
    "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on UpdateTaskSuccess { task { id name status priority assignees { name } } }\n      ... on Error { message code }\n    }\n  }\n": types.UpdateTaskDocument,
    "\n  mutation DeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) { __typename ... on DeleteTaskSuccess { task { id } } ... on Error { message code } }\n  }\n": types.DeleteTaskDocument,
    "\n  query Tasks($filter: TaskFilter) { tasks(filter: $filter) { edges { node { id name trackedSeconds project { name } } } } }\n": types.TasksDocument,
    "\n  mutation CreateTimeEntry($input: CreateTimeEntryInput!) {\n    createTimeEntry(input: $input) {\n      __typename\n      ... on CreateTimeEntrySuccess {\n        timeEntry { id description start end running durationSeconds duration billable origin user { id name } project { id name client { name } } task { id name } tags { name } source { key } }\n      }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.CreateTimeEntryDocument,
    "\n  mutation UpdateTimeEntry($input: UpdateTimeEntryInput!) {\n    updateTimeEntry(input: $input) {\n      __typename\n      ... on UpdateTimeEntrySuccess { timeEntry { id description start end durationSeconds billable tags { name } } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.UpdateTimeEntryDocument,
    "\n  mutation DeleteTimeEntry($input: DeleteTimeEntryInput!) {\n    deleteTimeEntry(input: $input) { __typename ... on DeleteTimeEntrySuccess { timeEntry { id } } ... on Error { message code } }\n  }\n": types.DeleteTimeEntryDocument,
    "\n  query TimeEntries($filter: TimeEntryFilter, $first: Int, $after: String) {\n    timeEntries(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id description start end running durationSeconds duration user { name } project { name } task { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.TimeEntriesDocument,
    "\n  mutation StartTimer($input: StartTimerInput!) {\n    startTimer(input: $input) {\n      __typename\n      ... on StartTimerSuccess { timeEntry { id start end running origin } }\n      ... on Error { message code }\n    }\n  }\n": types.StartTimerDocument,
    "\n  mutation StopTimer($input: StopTimerInput!) {\n    stopTimer(input: $input) {\n      __typename\n      ... on StopTimerSuccess { timeEntry { id start end running durationSeconds } }\n      ... on Error { message code }\n    }\n  }\n": types.StopTimerDocument,
    "\n  query Report($input: ReportInput!) {\n    report(input: $input) {\n      totalSeconds billableSeconds entryCount total timeZone\n      rows { date totalSeconds billableSeconds entryCount total source { key } user { name } project { name } task { name } client { name } tag { name } }\n    }\n  }\n": types.ReportDocument,
    "\n  query Node($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on User { name }\n      ... on Team { name }\n      ... on Client { name }\n      ... on Project { name }\n      ... on Task { name }\n      ... on Tag { name }\n      ... on TimeEntry { description }\n    }\n  }\n": types.NodeDocument,
    "\n  query Nodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }\n": types.NodesDocument,
    "\n  query Attendance($filter: AttendanceFilter!) {\n    attendance(filter: $filter) {\n      date clockIn clockOut atWork atWorkSeconds productive idle overtime activityPercent\n      user { name email }\n      source { key vendor }\n    }\n  }\n": types.AttendanceDocument,
    "\n  query Timesheets($filter: TimesheetFilter!) {\n    timesheets(filter: $filter) { id remoteId start end status statusLabel duration user { name } source { key } }\n  }\n": types.TimesheetsDocument,
    "\n  mutation UpdateTimesheetStatus($input: UpdateTimesheetStatusInput!) {\n    updateTimesheetStatus(input: $input) {\n      __typename\n      ... on UpdateTimesheetStatusSuccess { timesheets { id status statusLabel } }\n      ... on Error { message code }\n    }\n  }\n": types.UpdateTimesheetStatusDocument,
    "\n  query People($filter: PersonFilter, $first: Int, $after: String) {\n    people(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id name email emails users { id name email source { key } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.PeopleDocument,
    "\n  query PersonNode($id: ID!) {\n    node(id: $id) { __typename id ... on Person { name email users { id source { key } } } }\n  }\n": types.PersonNodeDocument,
    "\n  query UsersWithPerson($filter: UserFilter) {\n    users(filter: $filter, first: 200) { edges { node { id email source { key } person { id email users { id } } } } }\n  }\n": types.UsersWithPersonDocument,
    "\n  query UserReport($input: ReportInput!) {\n    report(input: $input) { totalSeconds rows { totalSeconds billableSeconds entryCount source { key } user { id email } person { id } } }\n  }\n": types.UserReportDocument,
    "\n  query PersonReport($input: ReportInput!) {\n    report(input: $input) {\n      totalSeconds entryCount groupBy\n      rows { totalSeconds billableSeconds entryCount source { key } user { id } person { id name email users { id source { key } } } }\n    }\n  }\n": types.PersonReportDocument,
    "\n  query TimeTrackEntries($filter: TimeEntryFilter, $first: Int) {\n    timeEntries(filter: $filter, first: $first) {\n      edges { node { id remoteId description start end running durationSeconds duration breakSeconds breakDuration } }\n    }\n  }\n": types.TimeTrackEntriesDocument,
    "\n  fragment MigrationFields on Migration {\n    id\n    runId\n    from\n    to\n    state\n    dryRun\n    entities\n    since\n    until\n    startedAt\n    finishedAt\n    error\n    failureCount\n    totals { total created matched mapped unsupported invalid failed }\n    counts { entity total done created matched mapped unsupported invalid failed note droppedFields { field reason records } }\n    failures(first: 50) { entity sourceRemoteId outcome reason }\n  }\n": types.MigrationFieldsFragmentDoc,
    "\n  mutation StartMigration($input: StartMigrationInput!) {\n    startMigration(input: $input) {\n      __typename\n      ... on StartMigrationSuccess { migration { ...MigrationFields } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n": types.StartMigrationDocument,
    "\n  mutation ResumeMigration($input: ResumeMigrationInput!) {\n    resumeMigration(input: $input) {\n      __typename\n      ... on ResumeMigrationSuccess { migration { ...MigrationFields } }\n      ... on Error { message code }\n    }\n  }\n": types.ResumeMigrationDocument,
    "\n  mutation CancelMigration($input: CancelMigrationInput!) {\n    cancelMigration(input: $input) {\n      __typename\n      ... on CancelMigrationSuccess { migration { ...MigrationFields } }\n      ... on Error { message code }\n    }\n  }\n": types.CancelMigrationDocument,
    "\n  query MigrationById($id: ID!) {\n    migration(id: $id) { ...MigrationFields }\n  }\n": types.MigrationByIdDocument,
    "\n  query Migrations($first: Int) {\n    migrations(first: $first) { id runId state from to dryRun totals { total created failed } }\n  }\n": types.MigrationsDocument,
    "\n  query MigrationNode($id: ID!) {\n    node(id: $id) { __typename ... on Migration { runId state } }\n  }\n": types.MigrationNodeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExampleClients($source: String!, $after: String) {\n    clients(filter: { sources: [$source] }, first: 100, after: $after) {\n      edges { node { id name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ExampleClients($source: String!, $after: String) {\n    clients(filter: { sources: [$source] }, first: 100, after: $after) {\n      edges { node { id name } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExampleProjects($source: String!, $after: String) {\n    projects(filter: { sources: [$source] }, first: 100, after: $after) {\n      edges { node { id name billable color client { id name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ExampleProjects($source: String!, $after: String) {\n    projects(filter: { sources: [$source] }, first: 100, after: $after) {\n      edges { node { id name billable color client { id name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExampleTasks($source: String!, $after: String) {\n    tasks(filter: { sources: [$source] }, first: 100, after: $after) {\n      edges { node { id name description project { id } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ExampleTasks($source: String!, $after: String) {\n    tasks(filter: { sources: [$source] }, first: 100, after: $after) {\n      edges { node { id name description project { id } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExampleUsers($source: String!, $after: String) {\n    users(filter: { sources: [$source] }, first: 100, after: $after) {\n      edges { node { id name email } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ExampleUsers($source: String!, $after: String) {\n    users(filter: { sources: [$source] }, first: 100, after: $after) {\n      edges { node { id name email } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExampleTimeEntries($source: String!, $after: String) {\n    timeEntries(filter: { sources: [$source], running: false }, first: 100, after: $after) {\n      edges { node { id start end description billable user { id name email } project { id } task { id } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query ExampleTimeEntries($source: String!, $after: String) {\n    timeEntries(filter: { sources: [$source], running: false }, first: 100, after: $after) {\n      edges { node { id start end description billable user { id name email } project { id } task { id } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientSuccess { client { id name } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleCreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientSuccess { client { id name } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectSuccess { project { id name } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectSuccess { project { id name } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskSuccess { task { id name } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleCreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskSuccess { task { id name } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on CreateUserSuccess { user { id email } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on CreateUserSuccess { user { id email } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleCreateTimeEntry($input: CreateTimeEntryInput!) {\n    createTimeEntry(input: $input) {\n      __typename\n      ... on CreateTimeEntrySuccess { timeEntry { id } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleCreateTimeEntry($input: CreateTimeEntryInput!) {\n    createTimeEntry(input: $input) {\n      __typename\n      ... on CreateTimeEntrySuccess { timeEntry { id } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DesklogTasks($filter: TaskFilter) {\n    tasks(filter: $filter) { edges { node { remoteId name status estimateSeconds trackedSeconds project { remoteId } assignees { remoteId } } } }\n  }\n"): (typeof documents)["\n  query DesklogTasks($filter: TaskFilter) {\n    tasks(filter: $filter) { edges { node { remoteId name status estimateSeconds trackedSeconds project { remoteId } assignees { remoteId } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DyzoEntryIds($filter: TimeEntryFilter, $first: Int, $after: String) {\n    timeEntries(filter: $filter, first: $first, after: $after) {\n      edges { node { id remoteId durationSeconds task { remoteId } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query DyzoEntryIds($filter: TimeEntryFilter, $first: Int, $after: String) {\n    timeEntries(filter: $filter, first: $first, after: $after) {\n      edges { node { id remoteId durationSeconds task { remoteId } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DyzoProjectClients($filter: ProjectFilter) {\n    projects(filter: $filter) { edges { node { id name client { id name } } } }\n  }\n"): (typeof documents)["\n  query DyzoProjectClients($filter: ProjectFilter) {\n    projects(filter: $filter) { edges { node { id name client { id name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntryDurations($filter: TimeEntryFilter, $first: Int) {\n    timeEntries(filter: $filter, first: $first) {\n      edges { cursor node { id description durationSeconds } }\n    }\n  }\n"): (typeof documents)["\n  query EntryDurations($filter: TimeEntryFilter, $first: Int) {\n    timeEntries(filter: $filter, first: $first) {\n      edges { cursor node { id description durationSeconds } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEntryEnd($input: UpdateTimeEntryInput!) {\n    updateTimeEntry(input: $input) {\n      __typename\n      ... on UpdateTimeEntrySuccess { timeEntry { id end durationSeconds } }\n      ... on ValidationError { code fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEntryEnd($input: UpdateTimeEntryInput!) {\n    updateTimeEntry(input: $input) {\n      __typename\n      ... on UpdateTimeEntrySuccess { timeEntry { id end durationSeconds } }\n      ... on ValidationError { code fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sources {\n    sources { id key vendor timers capabilities { entity operations } }\n  }\n"): (typeof documents)["\n  query Sources {\n    sources { id key vendor timers capabilities { entity operations } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on CreateUserSuccess { user { id remoteId name email role status timeZone source { key vendor } } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on CreateUserSuccess { user { id remoteId name email role status timeZone source { key vendor } } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      __typename\n      ... on UpdateUserSuccess { user { id name email role status } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      __typename\n      ... on UpdateUserSuccess { user { id name email role status } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteUser($input: DeleteUserInput!) {\n    deleteUser(input: $input) {\n      __typename\n      ... on DeleteUserSuccess { user { id name } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteUser($input: DeleteUserInput!) {\n    deleteUser(input: $input) {\n      __typename\n      ... on DeleteUserSuccess { user { id name } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id name email } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id name email } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      __typename\n      ... on CreateTeamSuccess { team { id name members { id name } } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      __typename\n      ... on CreateTeamSuccess { team { id name members { id name } } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      __typename\n      ... on UpdateTeamSuccess { team { id name members { id name } } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      __typename\n      ... on UpdateTeamSuccess { team { id name members { id name } } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTeamMembers($input: TeamMembershipInput!) {\n    addTeamMembers(input: $input) {\n      __typename\n      ... on AddTeamMembersSuccess { team { id members { id name } } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation AddTeamMembers($input: TeamMembershipInput!) {\n    addTeamMembers(input: $input) {\n      __typename\n      ... on AddTeamMembersSuccess { team { id members { id name } } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTeamMembers($input: TeamMembershipInput!) {\n    removeTeamMembers(input: $input) {\n      __typename\n      ... on RemoveTeamMembersSuccess { team { id members { id name } } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveTeamMembers($input: TeamMembershipInput!) {\n    removeTeamMembers(input: $input) {\n      __typename\n      ... on RemoveTeamMembersSuccess { team { id members { id name } } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTeam($input: DeleteTeamInput!) {\n    deleteTeam(input: $input) { __typename ... on DeleteTeamSuccess { team { id } } ... on Error { message code } }\n  }\n"): (typeof documents)["\n  mutation DeleteTeam($input: DeleteTeamInput!) {\n    deleteTeam(input: $input) { __typename ... on DeleteTeamSuccess { team { id } } ... on Error { message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Teams($filter: TeamFilter) { teams(filter: $filter) { edges { node { id name members { name } } } } }\n"): (typeof documents)["\n  query Teams($filter: TeamFilter) { teams(filter: $filter) { edges { node { id name members { name } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientSuccess { client { id name email archived } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      __typename\n      ... on CreateClientSuccess { client { id name email archived } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      __typename\n      ... on UpdateClientSuccess { client { id name archived } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateClient($input: UpdateClientInput!) {\n    updateClient(input: $input) {\n      __typename\n      ... on UpdateClientSuccess { client { id name archived } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteClient($input: DeleteClientInput!) {\n    deleteClient(input: $input) { __typename ... on DeleteClientSuccess { client { id name } } ... on Error { message code } }\n  }\n"): (typeof documents)["\n  mutation DeleteClient($input: DeleteClientInput!) {\n    deleteClient(input: $input) { __typename ... on DeleteClientSuccess { client { id name } } ... on Error { message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Clients($filter: ClientFilter) { clients(filter: $filter) { edges { node { id name archived } } } }\n"): (typeof documents)["\n  query Clients($filter: ClientFilter) { clients(filter: $filter) { edges { node { id name archived } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTag($input: CreateTagInput!) {\n    createTag(input: $input) { __typename ... on CreateTagSuccess { tag { id name } } ... on Error { message code } }\n  }\n"): (typeof documents)["\n  mutation CreateTag($input: CreateTagInput!) {\n    createTag(input: $input) { __typename ... on CreateTagSuccess { tag { id name } } ... on Error { message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTag($input: UpdateTagInput!) {\n    updateTag(input: $input) { __typename ... on UpdateTagSuccess { tag { id name } } ... on Error { message code } }\n  }\n"): (typeof documents)["\n  mutation UpdateTag($input: UpdateTagInput!) {\n    updateTag(input: $input) { __typename ... on UpdateTagSuccess { tag { id name } } ... on Error { message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTag($input: DeleteTagInput!) {\n    deleteTag(input: $input) { __typename ... on DeleteTagSuccess { tag { id name } } ... on Error { message code } }\n  }\n"): (typeof documents)["\n  mutation DeleteTag($input: DeleteTagInput!) {\n    deleteTag(input: $input) { __typename ... on DeleteTagSuccess { tag { id name } } ... on Error { message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tags($filter: TagFilter) { tags(filter: $filter) { edges { node { id name } } } }\n"): (typeof documents)["\n  query Tags($filter: TagFilter) { tags(filter: $filter) { edges { node { id name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectSuccess { project { id name billable status estimate estimateSeconds client { id name } members { id } } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on CreateProjectSuccess { project { id name billable status estimate estimateSeconds client { id name } members { id } } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on UpdateProjectSuccess { project { id name billable status client { name } members { name } } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on UpdateProjectSuccess { project { id name billable status client { name } members { name } } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProjectMembers($input: ProjectMembershipInput!) {\n    addProjectMembers(input: $input) {\n      __typename\n      ... on AddProjectMembersSuccess { project { id members { name } } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation AddProjectMembers($input: ProjectMembershipInput!) {\n    addProjectMembers(input: $input) {\n      __typename\n      ... on AddProjectMembersSuccess { project { id members { name } } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveProjectMembers($input: ProjectMembershipInput!) {\n    removeProjectMembers(input: $input) {\n      __typename\n      ... on RemoveProjectMembersSuccess { project { id members { name } } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveProjectMembers($input: ProjectMembershipInput!) {\n    removeProjectMembers(input: $input) {\n      __typename\n      ... on RemoveProjectMembersSuccess { project { id members { name } } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteProject($input: DeleteProjectInput!) {\n    deleteProject(input: $input) { __typename ... on DeleteProjectSuccess { project { id name } } ... on Error { message code } }\n  }\n"): (typeof documents)["\n  mutation DeleteProject($input: DeleteProjectInput!) {\n    deleteProject(input: $input) { __typename ... on DeleteProjectSuccess { project { id name } } ... on Error { message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Projects($filter: ProjectFilter) { projects(filter: $filter) { edges { node { id name client { name } } } } }\n"): (typeof documents)["\n  query Projects($filter: ProjectFilter) { projects(filter: $filter) { edges { node { id name client { name } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskSuccess { task { id name status priority estimate estimateSeconds trackedSeconds tracked project { id name } assignees { id name } } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      __typename\n      ... on CreateTaskSuccess { task { id name status priority estimate estimateSeconds trackedSeconds tracked project { id name } assignees { id name } } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on UpdateTaskSuccess { task { id name status priority assignees { name } } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTask($input: UpdateTaskInput!) {\n    updateTask(input: $input) {\n      __typename\n      ... on UpdateTaskSuccess { task { id name status priority assignees { name } } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) { __typename ... on DeleteTaskSuccess { task { id } } ... on Error { message code } }\n  }\n"): (typeof documents)["\n  mutation DeleteTask($input: DeleteTaskInput!) {\n    deleteTask(input: $input) { __typename ... on DeleteTaskSuccess { task { id } } ... on Error { message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tasks($filter: TaskFilter) { tasks(filter: $filter) { edges { node { id name trackedSeconds project { name } } } } }\n"): (typeof documents)["\n  query Tasks($filter: TaskFilter) { tasks(filter: $filter) { edges { node { id name trackedSeconds project { name } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTimeEntry($input: CreateTimeEntryInput!) {\n    createTimeEntry(input: $input) {\n      __typename\n      ... on CreateTimeEntrySuccess {\n        timeEntry { id description start end running durationSeconds duration billable origin user { id name } project { id name client { name } } task { id name } tags { name } source { key } }\n      }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTimeEntry($input: CreateTimeEntryInput!) {\n    createTimeEntry(input: $input) {\n      __typename\n      ... on CreateTimeEntrySuccess {\n        timeEntry { id description start end running durationSeconds duration billable origin user { id name } project { id name client { name } } task { id name } tags { name } source { key } }\n      }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTimeEntry($input: UpdateTimeEntryInput!) {\n    updateTimeEntry(input: $input) {\n      __typename\n      ... on UpdateTimeEntrySuccess { timeEntry { id description start end durationSeconds billable tags { name } } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTimeEntry($input: UpdateTimeEntryInput!) {\n    updateTimeEntry(input: $input) {\n      __typename\n      ... on UpdateTimeEntrySuccess { timeEntry { id description start end durationSeconds billable tags { name } } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTimeEntry($input: DeleteTimeEntryInput!) {\n    deleteTimeEntry(input: $input) { __typename ... on DeleteTimeEntrySuccess { timeEntry { id } } ... on Error { message code } }\n  }\n"): (typeof documents)["\n  mutation DeleteTimeEntry($input: DeleteTimeEntryInput!) {\n    deleteTimeEntry(input: $input) { __typename ... on DeleteTimeEntrySuccess { timeEntry { id } } ... on Error { message code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimeEntries($filter: TimeEntryFilter, $first: Int, $after: String) {\n    timeEntries(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id description start end running durationSeconds duration user { name } project { name } task { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query TimeEntries($filter: TimeEntryFilter, $first: Int, $after: String) {\n    timeEntries(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id description start end running durationSeconds duration user { name } project { name } task { name } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTimer($input: StartTimerInput!) {\n    startTimer(input: $input) {\n      __typename\n      ... on StartTimerSuccess { timeEntry { id start end running origin } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation StartTimer($input: StartTimerInput!) {\n    startTimer(input: $input) {\n      __typename\n      ... on StartTimerSuccess { timeEntry { id start end running origin } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StopTimer($input: StopTimerInput!) {\n    stopTimer(input: $input) {\n      __typename\n      ... on StopTimerSuccess { timeEntry { id start end running durationSeconds } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation StopTimer($input: StopTimerInput!) {\n    stopTimer(input: $input) {\n      __typename\n      ... on StopTimerSuccess { timeEntry { id start end running durationSeconds } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Report($input: ReportInput!) {\n    report(input: $input) {\n      totalSeconds billableSeconds entryCount total timeZone\n      rows { date totalSeconds billableSeconds entryCount total source { key } user { name } project { name } task { name } client { name } tag { name } }\n    }\n  }\n"): (typeof documents)["\n  query Report($input: ReportInput!) {\n    report(input: $input) {\n      totalSeconds billableSeconds entryCount total timeZone\n      rows { date totalSeconds billableSeconds entryCount total source { key } user { name } project { name } task { name } client { name } tag { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Node($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on User { name }\n      ... on Team { name }\n      ... on Client { name }\n      ... on Project { name }\n      ... on Task { name }\n      ... on Tag { name }\n      ... on TimeEntry { description }\n    }\n  }\n"): (typeof documents)["\n  query Node($id: ID!) {\n    node(id: $id) {\n      __typename id\n      ... on User { name }\n      ... on Team { name }\n      ... on Client { name }\n      ... on Project { name }\n      ... on Task { name }\n      ... on Tag { name }\n      ... on TimeEntry { description }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Nodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }\n"): (typeof documents)["\n  query Nodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Attendance($filter: AttendanceFilter!) {\n    attendance(filter: $filter) {\n      date clockIn clockOut atWork atWorkSeconds productive idle overtime activityPercent\n      user { name email }\n      source { key vendor }\n    }\n  }\n"): (typeof documents)["\n  query Attendance($filter: AttendanceFilter!) {\n    attendance(filter: $filter) {\n      date clockIn clockOut atWork atWorkSeconds productive idle overtime activityPercent\n      user { name email }\n      source { key vendor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Timesheets($filter: TimesheetFilter!) {\n    timesheets(filter: $filter) { id remoteId start end status statusLabel duration user { name } source { key } }\n  }\n"): (typeof documents)["\n  query Timesheets($filter: TimesheetFilter!) {\n    timesheets(filter: $filter) { id remoteId start end status statusLabel duration user { name } source { key } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTimesheetStatus($input: UpdateTimesheetStatusInput!) {\n    updateTimesheetStatus(input: $input) {\n      __typename\n      ... on UpdateTimesheetStatusSuccess { timesheets { id status statusLabel } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTimesheetStatus($input: UpdateTimesheetStatusInput!) {\n    updateTimesheetStatus(input: $input) {\n      __typename\n      ... on UpdateTimesheetStatusSuccess { timesheets { id status statusLabel } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($filter: PersonFilter, $first: Int, $after: String) {\n    people(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id name email emails users { id name email source { key } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query People($filter: PersonFilter, $first: Int, $after: String) {\n    people(filter: $filter, first: $first, after: $after) {\n      edges { cursor node { id name email emails users { id name email source { key } } } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonNode($id: ID!) {\n    node(id: $id) { __typename id ... on Person { name email users { id source { key } } } }\n  }\n"): (typeof documents)["\n  query PersonNode($id: ID!) {\n    node(id: $id) { __typename id ... on Person { name email users { id source { key } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsersWithPerson($filter: UserFilter) {\n    users(filter: $filter, first: 200) { edges { node { id email source { key } person { id email users { id } } } } }\n  }\n"): (typeof documents)["\n  query UsersWithPerson($filter: UserFilter) {\n    users(filter: $filter, first: 200) { edges { node { id email source { key } person { id email users { id } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserReport($input: ReportInput!) {\n    report(input: $input) { totalSeconds rows { totalSeconds billableSeconds entryCount source { key } user { id email } person { id } } }\n  }\n"): (typeof documents)["\n  query UserReport($input: ReportInput!) {\n    report(input: $input) { totalSeconds rows { totalSeconds billableSeconds entryCount source { key } user { id email } person { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonReport($input: ReportInput!) {\n    report(input: $input) {\n      totalSeconds entryCount groupBy\n      rows { totalSeconds billableSeconds entryCount source { key } user { id } person { id name email users { id source { key } } } }\n    }\n  }\n"): (typeof documents)["\n  query PersonReport($input: ReportInput!) {\n    report(input: $input) {\n      totalSeconds entryCount groupBy\n      rows { totalSeconds billableSeconds entryCount source { key } user { id } person { id name email users { id source { key } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimeTrackEntries($filter: TimeEntryFilter, $first: Int) {\n    timeEntries(filter: $filter, first: $first) {\n      edges { node { id remoteId description start end running durationSeconds duration breakSeconds breakDuration } }\n    }\n  }\n"): (typeof documents)["\n  query TimeTrackEntries($filter: TimeEntryFilter, $first: Int) {\n    timeEntries(filter: $filter, first: $first) {\n      edges { node { id remoteId description start end running durationSeconds duration breakSeconds breakDuration } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MigrationFields on Migration {\n    id\n    runId\n    from\n    to\n    state\n    dryRun\n    entities\n    since\n    until\n    startedAt\n    finishedAt\n    error\n    failureCount\n    totals { total created matched mapped unsupported invalid failed }\n    counts { entity total done created matched mapped unsupported invalid failed note droppedFields { field reason records } }\n    failures(first: 50) { entity sourceRemoteId outcome reason }\n  }\n"): (typeof documents)["\n  fragment MigrationFields on Migration {\n    id\n    runId\n    from\n    to\n    state\n    dryRun\n    entities\n    since\n    until\n    startedAt\n    finishedAt\n    error\n    failureCount\n    totals { total created matched mapped unsupported invalid failed }\n    counts { entity total done created matched mapped unsupported invalid failed note droppedFields { field reason records } }\n    failures(first: 50) { entity sourceRemoteId outcome reason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMigration($input: StartMigrationInput!) {\n    startMigration(input: $input) {\n      __typename\n      ... on StartMigrationSuccess { migration { ...MigrationFields } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"): (typeof documents)["\n  mutation StartMigration($input: StartMigrationInput!) {\n    startMigration(input: $input) {\n      __typename\n      ... on StartMigrationSuccess { migration { ...MigrationFields } }\n      ... on Error { message code }\n      ... on ValidationError { fields { path message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeMigration($input: ResumeMigrationInput!) {\n    resumeMigration(input: $input) {\n      __typename\n      ... on ResumeMigrationSuccess { migration { ...MigrationFields } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeMigration($input: ResumeMigrationInput!) {\n    resumeMigration(input: $input) {\n      __typename\n      ... on ResumeMigrationSuccess { migration { ...MigrationFields } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMigration($input: CancelMigrationInput!) {\n    cancelMigration(input: $input) {\n      __typename\n      ... on CancelMigrationSuccess { migration { ...MigrationFields } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMigration($input: CancelMigrationInput!) {\n    cancelMigration(input: $input) {\n      __typename\n      ... on CancelMigrationSuccess { migration { ...MigrationFields } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MigrationById($id: ID!) {\n    migration(id: $id) { ...MigrationFields }\n  }\n"): (typeof documents)["\n  query MigrationById($id: ID!) {\n    migration(id: $id) { ...MigrationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Migrations($first: Int) {\n    migrations(first: $first) { id runId state from to dryRun totals { total created failed } }\n  }\n"): (typeof documents)["\n  query Migrations($first: Int) {\n    migrations(first: $first) { id runId state from to dryRun totals { total created failed } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MigrationNode($id: ID!) {\n    node(id: $id) { __typename ... on Migration { runId state } }\n  }\n"): (typeof documents)["\n  query MigrationNode($id: ID!) {\n    node(id: $id) { __typename ... on Migration { runId state } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;