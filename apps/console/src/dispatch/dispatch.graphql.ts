import { graphql } from '../gql';

export const DispatchBoardOrdersQuery = graphql(`
  query DispatchBoardOrders($campusId: ID!, $after: String) {
    workOrders(campusId: $campusId, open: true, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...BoardOrder
        }
      }
    }
  }
`);

export const BoardOrderFragment = graphql(`
  fragment BoardOrder on WorkOrder {
    id
    number
    title
    status
    priority
    submittedAt
    allowedActions
    location {
      id
      name
      building {
        id
        name
      }
    }
    team {
      id
      name
    }
    technician {
      id
      name
    }
    sla {
      responseDueAt
      resolutionDueAt
      pausedSince
    }
  }
`);

/** A campus's crews (25 teams of up to 40: within the gateway's query cost budget of 5000) and who is on duty. */
export const DispatchCrewsQuery = graphql(`
  query DispatchCrews($campusId: ID!) {
    teams(campusId: $campusId, active: true, first: 25) {
      edges {
        node {
          id
          name
          trade
          members(active: true, first: 40) {
            edges {
              node {
                id
                name
              }
            }
          }
        }
      }
    }
    onDutyNow(campusId: $campusId) {
      id
      kind
      endsAt
      staff {
        id
        name
      }
      team {
        id
        name
      }
    }
  }
`);
