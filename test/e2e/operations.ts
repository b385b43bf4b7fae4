/** The operations the GraphQL-over-HTTP suites send; typed by graphql-codegen (test/gql). */
import { graphql } from '../gql/index.js';

export const SourcesQuery = graphql(`
  query Sources {
    sources { id key vendor timers capabilities { entity operations } }
  }
`);

export const CreateUser = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      __typename
      ... on CreateUserSuccess { user { id remoteId name email role status timeZone source { key vendor } } }
      ... on Error { message code }
      ... on ValidationError { fields { path message } }
    }
  }
`);

export const UpdateUser = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      __typename
      ... on UpdateUserSuccess { user { id name email role status } }
      ... on Error { message code }
      ... on ValidationError { fields { path message } }
    }
  }
`);

export const DeleteUser = graphql(`
  mutation DeleteUser($input: DeleteUserInput!) {
    deleteUser(input: $input) {
      __typename
      ... on DeleteUserSuccess { user { id name } }
      ... on Error { message code }
    }
  }
`);

export const Users = graphql(`
  query Users($filter: UserFilter, $first: Int, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      edges { cursor node { id name email } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const CreateTeam = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      __typename
      ... on CreateTeamSuccess { team { id name members { id name } } }
      ... on Error { message code }
    }
  }
`);

export const UpdateTeam = graphql(`
  mutation UpdateTeam($input: UpdateTeamInput!) {
    updateTeam(input: $input) {
      __typename
      ... on UpdateTeamSuccess { team { id name members { id name } } }
      ... on Error { message code }
    }
  }
`);

export const AddTeamMembers = graphql(`
  mutation AddTeamMembers($input: TeamMembershipInput!) {
    addTeamMembers(input: $input) {
      __typename
      ... on AddTeamMembersSuccess { team { id members { id name } } }
      ... on Error { message code }
    }
  }
`);

export const RemoveTeamMembers = graphql(`
  mutation RemoveTeamMembers($input: TeamMembershipInput!) {
    removeTeamMembers(input: $input) {
      __typename
      ... on RemoveTeamMembersSuccess { team { id members { id name } } }
      ... on Error { message code }
    }
  }
`);

export const DeleteTeam = graphql(`
  mutation DeleteTeam($input: DeleteTeamInput!) {
    deleteTeam(input: $input) { __typename ... on DeleteTeamSuccess { team { id } } ... on Error { message code } }
  }
`);

export const Teams = graphql(`
  query Teams($filter: TeamFilter) { teams(filter: $filter) { edges { node { id name members { name } } } } }
`);

export const CreateClient = graphql(`
  mutation CreateClient($input: CreateClientInput!) {
    createClient(input: $input) {
      __typename
      ... on CreateClientSuccess { client { id name email archived } }
      ... on Error { message code }
    }
  }
`);

export const UpdateClient = graphql(`
  mutation UpdateClient($input: UpdateClientInput!) {
    updateClient(input: $input) {
      __typename
      ... on UpdateClientSuccess { client { id name archived } }
      ... on Error { message code }
    }
  }
`);

export const DeleteClient = graphql(`
  mutation DeleteClient($input: DeleteClientInput!) {
    deleteClient(input: $input) { __typename ... on DeleteClientSuccess { client { id name } } ... on Error { message code } }
  }
`);

export const Clients = graphql(`
  query Clients($filter: ClientFilter) { clients(filter: $filter) { edges { node { id name archived } } } }
`);

export const CreateTag = graphql(`
  mutation CreateTag($input: CreateTagInput!) {
    createTag(input: $input) { __typename ... on CreateTagSuccess { tag { id name } } ... on Error { message code } }
  }
`);

export const UpdateTag = graphql(`
  mutation UpdateTag($input: UpdateTagInput!) {
    updateTag(input: $input) { __typename ... on UpdateTagSuccess { tag { id name } } ... on Error { message code } }
  }
`);

export const DeleteTag = graphql(`
  mutation DeleteTag($input: DeleteTagInput!) {
    deleteTag(input: $input) { __typename ... on DeleteTagSuccess { tag { id name } } ... on Error { message code } }
  }
`);

export const Tags = graphql(`
  query Tags($filter: TagFilter) { tags(filter: $filter) { edges { node { id name } } } }
`);

export const CreateProject = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on CreateProjectSuccess { project { id name billable status estimate estimateSeconds client { id name } members { id } } }
      ... on Error { message code }
      ... on ValidationError { fields { path message } }
    }
  }
`);

export const UpdateProject = graphql(`
  mutation UpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      __typename
      ... on UpdateProjectSuccess { project { id name billable status client { name } members { name } } }
      ... on Error { message code }
    }
  }
`);

export const AddProjectMembers = graphql(`
  mutation AddProjectMembers($input: ProjectMembershipInput!) {
    addProjectMembers(input: $input) {
      __typename
      ... on AddProjectMembersSuccess { project { id members { name } } }
      ... on Error { message code }
    }
  }
`);

export const RemoveProjectMembers = graphql(`
  mutation RemoveProjectMembers($input: ProjectMembershipInput!) {
    removeProjectMembers(input: $input) {
      __typename
      ... on RemoveProjectMembersSuccess { project { id members { name } } }
      ... on Error { message code }
    }
  }
`);

export const DeleteProject = graphql(`
  mutation DeleteProject($input: DeleteProjectInput!) {
    deleteProject(input: $input) { __typename ... on DeleteProjectSuccess { project { id name } } ... on Error { message code } }
  }
`);

export const Projects = graphql(`
  query Projects($filter: ProjectFilter) { projects(filter: $filter) { edges { node { id name client { name } } } } }
`);

export const CreateTask = graphql(`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      __typename
      ... on CreateTaskSuccess { task { id name status priority estimate estimateSeconds trackedSeconds tracked project { id name } assignees { id name } } }
      ... on Error { message code }
    }
  }
`);

export const UpdateTask = graphql(`
  mutation UpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      __typename
      ... on UpdateTaskSuccess { task { id name status priority assignees { name } } }
      ... on Error { message code }
    }
  }
`);

export const DeleteTask = graphql(`
  mutation DeleteTask($input: DeleteTaskInput!) {
    deleteTask(input: $input) { __typename ... on DeleteTaskSuccess { task { id } } ... on Error { message code } }
  }
`);

export const Tasks = graphql(`
  query Tasks($filter: TaskFilter) { tasks(filter: $filter) { edges { node { id name trackedSeconds project { name } } } } }
`);

export const CreateTimeEntry = graphql(`
  mutation CreateTimeEntry($input: CreateTimeEntryInput!) {
    createTimeEntry(input: $input) {
      __typename
      ... on CreateTimeEntrySuccess {
        timeEntry { id description start end running durationSeconds duration billable origin user { id name } project { id name client { name } } task { id name } tags { name } source { key } }
      }
      ... on Error { message code }
      ... on ValidationError { fields { path message } }
    }
  }
`);

export const UpdateTimeEntry = graphql(`
  mutation UpdateTimeEntry($input: UpdateTimeEntryInput!) {
    updateTimeEntry(input: $input) {
      __typename
      ... on UpdateTimeEntrySuccess { timeEntry { id description start end durationSeconds billable tags { name } } }
      ... on Error { message code }
      ... on ValidationError { fields { path message } }
    }
  }
`);

export const DeleteTimeEntry = graphql(`
  mutation DeleteTimeEntry($input: DeleteTimeEntryInput!) {
    deleteTimeEntry(input: $input) { __typename ... on DeleteTimeEntrySuccess { timeEntry { id } } ... on Error { message code } }
  }
`);

export const TimeEntries = graphql(`
  query TimeEntries($filter: TimeEntryFilter, $first: Int, $after: String) {
    timeEntries(filter: $filter, first: $first, after: $after) {
      edges { cursor node { id description start end running durationSeconds duration user { name } project { name } task { name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const StartTimer = graphql(`
  mutation StartTimer($input: StartTimerInput!) {
    startTimer(input: $input) {
      __typename
      ... on StartTimerSuccess { timeEntry { id start end running origin } }
      ... on Error { message code }
    }
  }
`);

export const StopTimer = graphql(`
  mutation StopTimer($input: StopTimerInput!) {
    stopTimer(input: $input) {
      __typename
      ... on StopTimerSuccess { timeEntry { id start end running durationSeconds } }
      ... on Error { message code }
    }
  }
`);

export const Report = graphql(`
  query Report($input: ReportInput!) {
    report(input: $input) {
      totalSeconds billableSeconds entryCount total timeZone
      rows { date totalSeconds billableSeconds entryCount total source { key } user { name } project { name } task { name } client { name } tag { name } }
    }
  }
`);

export const NodeQuery = graphql(`
  query Node($id: ID!) {
    node(id: $id) {
      __typename id
      ... on User { name }
      ... on Team { name }
      ... on Client { name }
      ... on Project { name }
      ... on Task { name }
      ... on Tag { name }
      ... on TimeEntry { description }
    }
  }
`);

export const NodesQuery = graphql(`
  query Nodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }
`);

export const AttendanceQuery = graphql(`
  query Attendance($filter: AttendanceFilter!) {
    attendance(filter: $filter) {
      date clockIn clockOut atWork atWorkSeconds productive idle overtime activityPercent
      user { name email }
      source { key vendor }
    }
  }
`);

export const TimesheetsQuery = graphql(`
  query Timesheets($filter: TimesheetFilter!) {
    timesheets(filter: $filter) { id remoteId start end status statusLabel duration user { name } source { key } }
  }
`);

export const UpdateTimesheetStatus = graphql(`
  mutation UpdateTimesheetStatus($input: UpdateTimesheetStatusInput!) {
    updateTimesheetStatus(input: $input) {
      __typename
      ... on UpdateTimesheetStatusSuccess { timesheets { id status statusLabel } }
      ... on Error { message code }
    }
  }
`);
