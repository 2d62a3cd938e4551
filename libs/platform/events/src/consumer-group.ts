import { Injectable } from '@nestjs/common';

/** What `@ConsumerGroup` records on a handler class. */
export interface ConsumerGroupMembership {
  /** The group's purpose; the group id is `<service>.<purpose>` (e.g. `materials.parts-issuer`). */
  purpose: string;
  /** What the handler does with the event, for the event catalogue's consumer table. */
  does: string;
}

const CONSUMER_GROUP = Symbol('houqin:consumer-group');

/**
 * Makes an `EventHandler` provider part of the service's consumer group `<service>.<purpose>`. The platform finds
 * every such provider of the service's modules and starts one consumer per group: a handler is registered once,
 * in its feature module, and nothing else lists it.
 */
export function ConsumerGroup(purpose: string, does: string): ClassDecorator {
  return (target) => {
    Injectable()(target);
    Reflect.defineMetadata(CONSUMER_GROUP, { purpose, does } satisfies ConsumerGroupMembership, target);
  };
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const consumerGroupOf = (type: Function): ConsumerGroupMembership | undefined => Reflect.getMetadata(CONSUMER_GROUP, type);
