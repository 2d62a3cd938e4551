/* eslint-disable */
import * as types from './graphql';
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
    "\n  query Me {\n    me {\n      subject\n      name\n      groupWide\n      roles {\n        name\n        zh\n        en\n      }\n      campuses {\n        id\n        code\n        name\n        nameEn\n      }\n      staff {\n        id\n        name\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query WorkOrders($first: Int, $after: String, $campusId: ID, $status: WorkOrderStatus, $priority: WorkOrderPriority, $overdue: Boolean) {\n    workOrders(first: $first, after: $after, campusId: $campusId, status: $status, priority: $priority, overdue: $overdue) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          priority\n          category\n          submittedAt\n          campus {\n            id\n            name\n          }\n          location {\n            id\n            name\n            building {\n              id\n              name\n            }\n          }\n          department {\n            id\n            name\n          }\n          technician {\n            id\n            name\n          }\n          sla {\n            responseDueAt\n            resolutionDueAt\n            responseBreached\n            resolutionBreached\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkOrdersDocument,
    "\n  query WorkOrder($id: ID!) {\n    workOrder(id: $id) {\n      id\n      number\n      title\n      description\n      status\n      priority\n      category\n      source\n      submittedAt\n      completedAt\n      rating\n      feedback\n      labourMinutes\n      allowedActions\n      campus {\n        id\n        name\n      }\n      location {\n        id\n        name\n        building {\n          id\n          name\n        }\n      }\n      department {\n        id\n        name\n      }\n      requester {\n        id\n        name\n      }\n      team {\n        id\n        name\n      }\n      technician {\n        id\n        name\n      }\n      owner {\n        name\n      }\n      sla {\n        responseDueAt\n        resolutionDueAt\n        responseBreached\n        resolutionBreached\n        pausedSince\n      }\n      timeline {\n        action\n        fromStatus\n        toStatus\n        actorName\n        reason\n        occurredAt\n      }\n      parts {\n        quantity\n        completion\n        item {\n          id\n          name\n        }\n      }\n      cost {\n        labourFen\n        partsFen\n        vendorFen\n        totalFen\n      }\n      intakeAnswers {\n        key\n        value\n      }\n    }\n  }\n": typeof types.WorkOrderDocument,
    "\n  query RepairTrades($campusId: ID!) {\n    repairTrades(campusId: $campusId) {\n      category\n      nameZh\n      nameEn\n      questions {\n        key\n        questionZh\n        questionEn\n        answerType\n        choices\n        required\n      }\n    }\n  }\n": typeof types.RepairTradesDocument,
    "\n  query Places($campusId: ID!, $search: String) {\n    locations(campusId: $campusId, search: $search, active: true, first: 30) {\n      edges {\n        node {\n          id\n          name\n          kind\n          building {\n            id\n            name\n          }\n          floor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlacesDocument,
    "\n  mutation SubmitRepairRequest($input: SubmitRepairRequestInput!) {\n    submitRepairRequest(input: $input) {\n      id\n      number\n      submittedAt\n    }\n  }\n": typeof types.SubmitRepairRequestDocument,
    "\n  mutation SignOffWorkOrder($input: SignOffWorkOrderInput!) {\n    signOffWorkOrder(input: $input) {\n      id\n      status\n      rating\n      feedback\n      allowedActions\n    }\n  }\n": typeof types.SignOffWorkOrderDocument,
    "\n  fragment WorkOrderState on WorkOrder {\n    id\n    status\n    allowedActions\n  }\n": typeof types.WorkOrderStateFragmentDoc,
    "\n  mutation AcceptWorkOrder($id: ID!) {\n    acceptWorkOrder(workOrderId: $id) {\n      ...WorkOrderState\n    }\n  }\n": typeof types.AcceptWorkOrderDocument,
    "\n  mutation StartWorkOrder($id: ID!) {\n    startWorkOrder(workOrderId: $id) {\n      ...WorkOrderState\n    }\n  }\n": typeof types.StartWorkOrderDocument,
    "\n  mutation CloseWorkOrder($id: ID!) {\n    closeWorkOrder(workOrderId: $id) {\n      ...WorkOrderState\n    }\n  }\n": typeof types.CloseWorkOrderDocument,
    "\n  mutation ResumeWorkOrderClock($id: ID!) {\n    resumeWorkOrderClock(workOrderId: $id) {\n      ...WorkOrderState\n    }\n  }\n": typeof types.ResumeWorkOrderClockDocument,
    "\n  mutation CancelWorkOrder($input: WorkOrderReasonInput!) {\n    cancelWorkOrder(input: $input) {\n      ...WorkOrderState\n    }\n  }\n": typeof types.CancelWorkOrderDocument,
    "\n  mutation ReopenWorkOrder($input: WorkOrderReasonInput!) {\n    reopenWorkOrder(input: $input) {\n      ...WorkOrderState\n    }\n  }\n": typeof types.ReopenWorkOrderDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      subject\n      name\n      groupWide\n      roles {\n        name\n        zh\n        en\n      }\n      campuses {\n        id\n        code\n        name\n        nameEn\n      }\n      staff {\n        id\n        name\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query WorkOrders($first: Int, $after: String, $campusId: ID, $status: WorkOrderStatus, $priority: WorkOrderPriority, $overdue: Boolean) {\n    workOrders(first: $first, after: $after, campusId: $campusId, status: $status, priority: $priority, overdue: $overdue) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          priority\n          category\n          submittedAt\n          campus {\n            id\n            name\n          }\n          location {\n            id\n            name\n            building {\n              id\n              name\n            }\n          }\n          department {\n            id\n            name\n          }\n          technician {\n            id\n            name\n          }\n          sla {\n            responseDueAt\n            resolutionDueAt\n            responseBreached\n            resolutionBreached\n          }\n        }\n      }\n    }\n  }\n": types.WorkOrdersDocument,
    "\n  query WorkOrder($id: ID!) {\n    workOrder(id: $id) {\n      id\n      number\n      title\n      description\n      status\n      priority\n      category\n      source\n      submittedAt\n      completedAt\n      rating\n      feedback\n      labourMinutes\n      allowedActions\n      campus {\n        id\n        name\n      }\n      location {\n        id\n        name\n        building {\n          id\n          name\n        }\n      }\n      department {\n        id\n        name\n      }\n      requester {\n        id\n        name\n      }\n      team {\n        id\n        name\n      }\n      technician {\n        id\n        name\n      }\n      owner {\n        name\n      }\n      sla {\n        responseDueAt\n        resolutionDueAt\n        responseBreached\n        resolutionBreached\n        pausedSince\n      }\n      timeline {\n        action\n        fromStatus\n        toStatus\n        actorName\n        reason\n        occurredAt\n      }\n      parts {\n        quantity\n        completion\n        item {\n          id\n          name\n        }\n      }\n      cost {\n        labourFen\n        partsFen\n        vendorFen\n        totalFen\n      }\n      intakeAnswers {\n        key\n        value\n      }\n    }\n  }\n": types.WorkOrderDocument,
    "\n  query RepairTrades($campusId: ID!) {\n    repairTrades(campusId: $campusId) {\n      category\n      nameZh\n      nameEn\n      questions {\n        key\n        questionZh\n        questionEn\n        answerType\n        choices\n        required\n      }\n    }\n  }\n": types.RepairTradesDocument,
    "\n  query Places($campusId: ID!, $search: String) {\n    locations(campusId: $campusId, search: $search, active: true, first: 30) {\n      edges {\n        node {\n          id\n          name\n          kind\n          building {\n            id\n            name\n          }\n          floor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PlacesDocument,
    "\n  mutation SubmitRepairRequest($input: SubmitRepairRequestInput!) {\n    submitRepairRequest(input: $input) {\n      id\n      number\n      submittedAt\n    }\n  }\n": types.SubmitRepairRequestDocument,
    "\n  mutation SignOffWorkOrder($input: SignOffWorkOrderInput!) {\n    signOffWorkOrder(input: $input) {\n      id\n      status\n      rating\n      feedback\n      allowedActions\n    }\n  }\n": types.SignOffWorkOrderDocument,
    "\n  fragment WorkOrderState on WorkOrder {\n    id\n    status\n    allowedActions\n  }\n": types.WorkOrderStateFragmentDoc,
    "\n  mutation AcceptWorkOrder($id: ID!) {\n    acceptWorkOrder(workOrderId: $id) {\n      ...WorkOrderState\n    }\n  }\n": types.AcceptWorkOrderDocument,
    "\n  mutation StartWorkOrder($id: ID!) {\n    startWorkOrder(workOrderId: $id) {\n      ...WorkOrderState\n    }\n  }\n": types.StartWorkOrderDocument,
    "\n  mutation CloseWorkOrder($id: ID!) {\n    closeWorkOrder(workOrderId: $id) {\n      ...WorkOrderState\n    }\n  }\n": types.CloseWorkOrderDocument,
    "\n  mutation ResumeWorkOrderClock($id: ID!) {\n    resumeWorkOrderClock(workOrderId: $id) {\n      ...WorkOrderState\n    }\n  }\n": types.ResumeWorkOrderClockDocument,
    "\n  mutation CancelWorkOrder($input: WorkOrderReasonInput!) {\n    cancelWorkOrder(input: $input) {\n      ...WorkOrderState\n    }\n  }\n": types.CancelWorkOrderDocument,
    "\n  mutation ReopenWorkOrder($input: WorkOrderReasonInput!) {\n    reopenWorkOrder(input: $input) {\n      ...WorkOrderState\n    }\n  }\n": types.ReopenWorkOrderDocument,
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
export function graphql(source: "\n  query Me {\n    me {\n      subject\n      name\n      groupWide\n      roles {\n        name\n        zh\n        en\n      }\n      campuses {\n        id\n        code\n        name\n        nameEn\n      }\n      staff {\n        id\n        name\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      subject\n      name\n      groupWide\n      roles {\n        name\n        zh\n        en\n      }\n      campuses {\n        id\n        code\n        name\n        nameEn\n      }\n      staff {\n        id\n        name\n        department {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkOrders($first: Int, $after: String, $campusId: ID, $status: WorkOrderStatus, $priority: WorkOrderPriority, $overdue: Boolean) {\n    workOrders(first: $first, after: $after, campusId: $campusId, status: $status, priority: $priority, overdue: $overdue) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          priority\n          category\n          submittedAt\n          campus {\n            id\n            name\n          }\n          location {\n            id\n            name\n            building {\n              id\n              name\n            }\n          }\n          department {\n            id\n            name\n          }\n          technician {\n            id\n            name\n          }\n          sla {\n            responseDueAt\n            resolutionDueAt\n            responseBreached\n            resolutionBreached\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkOrders($first: Int, $after: String, $campusId: ID, $status: WorkOrderStatus, $priority: WorkOrderPriority, $overdue: Boolean) {\n    workOrders(first: $first, after: $after, campusId: $campusId, status: $status, priority: $priority, overdue: $overdue) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          status\n          priority\n          category\n          submittedAt\n          campus {\n            id\n            name\n          }\n          location {\n            id\n            name\n            building {\n              id\n              name\n            }\n          }\n          department {\n            id\n            name\n          }\n          technician {\n            id\n            name\n          }\n          sla {\n            responseDueAt\n            resolutionDueAt\n            responseBreached\n            resolutionBreached\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkOrder($id: ID!) {\n    workOrder(id: $id) {\n      id\n      number\n      title\n      description\n      status\n      priority\n      category\n      source\n      submittedAt\n      completedAt\n      rating\n      feedback\n      labourMinutes\n      allowedActions\n      campus {\n        id\n        name\n      }\n      location {\n        id\n        name\n        building {\n          id\n          name\n        }\n      }\n      department {\n        id\n        name\n      }\n      requester {\n        id\n        name\n      }\n      team {\n        id\n        name\n      }\n      technician {\n        id\n        name\n      }\n      owner {\n        name\n      }\n      sla {\n        responseDueAt\n        resolutionDueAt\n        responseBreached\n        resolutionBreached\n        pausedSince\n      }\n      timeline {\n        action\n        fromStatus\n        toStatus\n        actorName\n        reason\n        occurredAt\n      }\n      parts {\n        quantity\n        completion\n        item {\n          id\n          name\n        }\n      }\n      cost {\n        labourFen\n        partsFen\n        vendorFen\n        totalFen\n      }\n      intakeAnswers {\n        key\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkOrder($id: ID!) {\n    workOrder(id: $id) {\n      id\n      number\n      title\n      description\n      status\n      priority\n      category\n      source\n      submittedAt\n      completedAt\n      rating\n      feedback\n      labourMinutes\n      allowedActions\n      campus {\n        id\n        name\n      }\n      location {\n        id\n        name\n        building {\n          id\n          name\n        }\n      }\n      department {\n        id\n        name\n      }\n      requester {\n        id\n        name\n      }\n      team {\n        id\n        name\n      }\n      technician {\n        id\n        name\n      }\n      owner {\n        name\n      }\n      sla {\n        responseDueAt\n        resolutionDueAt\n        responseBreached\n        resolutionBreached\n        pausedSince\n      }\n      timeline {\n        action\n        fromStatus\n        toStatus\n        actorName\n        reason\n        occurredAt\n      }\n      parts {\n        quantity\n        completion\n        item {\n          id\n          name\n        }\n      }\n      cost {\n        labourFen\n        partsFen\n        vendorFen\n        totalFen\n      }\n      intakeAnswers {\n        key\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RepairTrades($campusId: ID!) {\n    repairTrades(campusId: $campusId) {\n      category\n      nameZh\n      nameEn\n      questions {\n        key\n        questionZh\n        questionEn\n        answerType\n        choices\n        required\n      }\n    }\n  }\n"): (typeof documents)["\n  query RepairTrades($campusId: ID!) {\n    repairTrades(campusId: $campusId) {\n      category\n      nameZh\n      nameEn\n      questions {\n        key\n        questionZh\n        questionEn\n        answerType\n        choices\n        required\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Places($campusId: ID!, $search: String) {\n    locations(campusId: $campusId, search: $search, active: true, first: 30) {\n      edges {\n        node {\n          id\n          name\n          kind\n          building {\n            id\n            name\n          }\n          floor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Places($campusId: ID!, $search: String) {\n    locations(campusId: $campusId, search: $search, active: true, first: 30) {\n      edges {\n        node {\n          id\n          name\n          kind\n          building {\n            id\n            name\n          }\n          floor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRepairRequest($input: SubmitRepairRequestInput!) {\n    submitRepairRequest(input: $input) {\n      id\n      number\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitRepairRequest($input: SubmitRepairRequestInput!) {\n    submitRepairRequest(input: $input) {\n      id\n      number\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOffWorkOrder($input: SignOffWorkOrderInput!) {\n    signOffWorkOrder(input: $input) {\n      id\n      status\n      rating\n      feedback\n      allowedActions\n    }\n  }\n"): (typeof documents)["\n  mutation SignOffWorkOrder($input: SignOffWorkOrderInput!) {\n    signOffWorkOrder(input: $input) {\n      id\n      status\n      rating\n      feedback\n      allowedActions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkOrderState on WorkOrder {\n    id\n    status\n    allowedActions\n  }\n"): (typeof documents)["\n  fragment WorkOrderState on WorkOrder {\n    id\n    status\n    allowedActions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptWorkOrder($id: ID!) {\n    acceptWorkOrder(workOrderId: $id) {\n      ...WorkOrderState\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptWorkOrder($id: ID!) {\n    acceptWorkOrder(workOrderId: $id) {\n      ...WorkOrderState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartWorkOrder($id: ID!) {\n    startWorkOrder(workOrderId: $id) {\n      ...WorkOrderState\n    }\n  }\n"): (typeof documents)["\n  mutation StartWorkOrder($id: ID!) {\n    startWorkOrder(workOrderId: $id) {\n      ...WorkOrderState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseWorkOrder($id: ID!) {\n    closeWorkOrder(workOrderId: $id) {\n      ...WorkOrderState\n    }\n  }\n"): (typeof documents)["\n  mutation CloseWorkOrder($id: ID!) {\n    closeWorkOrder(workOrderId: $id) {\n      ...WorkOrderState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeWorkOrderClock($id: ID!) {\n    resumeWorkOrderClock(workOrderId: $id) {\n      ...WorkOrderState\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeWorkOrderClock($id: ID!) {\n    resumeWorkOrderClock(workOrderId: $id) {\n      ...WorkOrderState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelWorkOrder($input: WorkOrderReasonInput!) {\n    cancelWorkOrder(input: $input) {\n      ...WorkOrderState\n    }\n  }\n"): (typeof documents)["\n  mutation CancelWorkOrder($input: WorkOrderReasonInput!) {\n    cancelWorkOrder(input: $input) {\n      ...WorkOrderState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenWorkOrder($input: WorkOrderReasonInput!) {\n    reopenWorkOrder(input: $input) {\n      ...WorkOrderState\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenWorkOrder($input: WorkOrderReasonInput!) {\n    reopenWorkOrder(input: $input) {\n      ...WorkOrderState\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;