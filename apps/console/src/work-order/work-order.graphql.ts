import { graphql } from '../gql';

export const WorkOrdersQuery = graphql(`
  query WorkOrders($first: Int, $after: String, $campusId: ID, $status: WorkOrderStatus, $priority: WorkOrderPriority, $overdue: Boolean) {
    workOrders(first: $first, after: $after, campusId: $campusId, status: $status, priority: $priority, overdue: $overdue) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          title
          status
          priority
          category
          submittedAt
          campus {
            id
            name
          }
          location {
            id
            name
            building {
              id
              name
            }
          }
          department {
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
            responseBreached
            resolutionBreached
          }
        }
      }
    }
  }
`);

export const WorkOrderQuery = graphql(`
  query WorkOrder($id: ID!) {
    workOrder(id: $id) {
      id
      number
      title
      description
      status
      priority
      category
      source
      submittedAt
      completedAt
      rating
      feedback
      labourMinutes
      allowedActions
      campus {
        id
        name
      }
      location {
        id
        name
        building {
          id
          name
        }
      }
      department {
        id
        name
      }
      requester {
        id
        name
      }
      team {
        id
        name
      }
      technician {
        id
        name
      }
      owner {
        name
      }
      sla {
        responseDueAt
        resolutionDueAt
        responseBreached
        resolutionBreached
        pausedSince
      }
      timeline {
        action
        fromStatus
        toStatus
        actorName
        reason
        occurredAt
      }
      parts {
        quantity
        completion
        item {
          id
          name
        }
      }
      cost {
        labourFen
        partsFen
        vendorFen
        totalFen
      }
      intakeAnswers {
        key
        value
      }
    }
  }
`);

export const RepairTradesQuery = graphql(`
  query RepairTrades($campusId: ID!) {
    repairTrades(campusId: $campusId) {
      category
      nameZh
      nameEn
      questions {
        key
        questionZh
        questionEn
        answerType
        choices
        required
      }
    }
  }
`);

export const PlacesQuery = graphql(`
  query Places($campusId: ID!, $search: String) {
    locations(campusId: $campusId, search: $search, active: true, first: 30) {
      edges {
        node {
          id
          name
          kind
          building {
            id
            name
          }
          floor {
            id
            name
          }
        }
      }
    }
  }
`);

export const SubmitRepairRequestMutation = graphql(`
  mutation SubmitRepairRequest($input: SubmitRepairRequestInput!) {
    submitRepairRequest(input: $input) {
      id
      number
      submittedAt
    }
  }
`);

export const SignOffWorkOrderMutation = graphql(`
  mutation SignOffWorkOrder($input: SignOffWorkOrderInput!) {
    signOffWorkOrder(input: $input) {
      id
      status
      rating
      feedback
      allowedActions
    }
  }
`);

/** What a transition changes on the page: the status and the buttons that follow from it. */
export const WorkOrderStateFragment = graphql(`
  fragment WorkOrderState on WorkOrder {
    id
    status
    allowedActions
  }
`);

export const AcceptWorkOrderMutation = graphql(`
  mutation AcceptWorkOrder($id: ID!) {
    acceptWorkOrder(workOrderId: $id) {
      ...WorkOrderState
    }
  }
`);

export const StartWorkOrderMutation = graphql(`
  mutation StartWorkOrder($id: ID!) {
    startWorkOrder(workOrderId: $id) {
      ...WorkOrderState
    }
  }
`);

export const CloseWorkOrderMutation = graphql(`
  mutation CloseWorkOrder($id: ID!) {
    closeWorkOrder(workOrderId: $id) {
      ...WorkOrderState
    }
  }
`);

export const ResumeWorkOrderClockMutation = graphql(`
  mutation ResumeWorkOrderClock($id: ID!) {
    resumeWorkOrderClock(workOrderId: $id) {
      ...WorkOrderState
    }
  }
`);

export const CancelWorkOrderMutation = graphql(`
  mutation CancelWorkOrder($input: WorkOrderReasonInput!) {
    cancelWorkOrder(input: $input) {
      ...WorkOrderState
    }
  }
`);

export const ReopenWorkOrderMutation = graphql(`
  mutation ReopenWorkOrder($input: WorkOrderReasonInput!) {
    reopenWorkOrder(input: $input) {
      ...WorkOrderState
    }
  }
`);

export const MyWorkQuery = graphql(`
  query MyWork($technicianId: ID!) {
    workOrders(technicianId: $technicianId, open: true, first: 100) {
      totalCount
      edges {
        node {
          id
          number
          title
          status
          priority
          submittedAt
          location {
            id
            name
            building {
              id
              name
            }
          }
          sla {
            responseDueAt
            resolutionDueAt
            pausedSince
          }
        }
      }
    }
  }
`);

export const SuggestTechniciansQuery = graphql(`
  query SuggestTechnicians($workOrderId: ID!) {
    suggestTechnicians(workOrderId: $workOrderId) {
      rank
      qualified
      onDuty
      openOrders
      technician {
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

export const PartItemsQuery = graphql(`
  query PartItems($search: String) {
    items(search: $search, first: 20) {
      edges {
        node {
          id
          code
          name
          unit
        }
      }
    }
  }
`);

/** 派工 / 改派, from an order's page or the board: the new state and who now has it. */
export const DispatchWorkOrderMutation = graphql(`
  mutation DispatchWorkOrder($input: DispatchWorkOrderInput!) {
    dispatchWorkOrder(input: $input) {
      ...WorkOrderState
      team {
        id
        name
      }
      technician {
        id
        name
      }
    }
  }
`);

export const CompleteWorkOrderMutation = graphql(`
  mutation CompleteWorkOrder($input: CompleteWorkOrderInput!) {
    completeWorkOrder(input: $input) {
      ...WorkOrderState
    }
  }
`);

export const PauseWorkOrderClockMutation = graphql(`
  mutation PauseWorkOrderClock($input: PauseWorkOrderClockInput!) {
    pauseWorkOrderClock(input: $input) {
      ...WorkOrderState
    }
  }
`);
