/** The operation GraphiQL opens with: one look across every source. */
export const EXAMPLE_OPERATION = `# timegate: one API over every time tracker.
# Run this, then try the mutations in the docs pane (createUser, createTimeEntry, ...).
query Overview {
  timeEntries(first: 20) {
    edges {
      node {
        id
        description
        start
        end
        duration
        user { name email }
        project { name client { name } }
        source { key vendor }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
  sources { key vendor capabilities { entity operations } }
}
`;
