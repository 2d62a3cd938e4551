import { Type } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { consumerGroupOf, EventHandler } from '@houqin/platform-events';
import { isScheduledJobType, ScheduledJob } from '@houqin/platform-scheduler';

export interface DiscoveredConsumerGroup {
  /** `<service>.<purpose>`. */
  groupId: string;
  handlers: { type: Type<EventHandler>; handler: EventHandler; does: string }[];
}

/**
 * The consumer groups and scheduled jobs of a service, found among the providers of its modules (`@ConsumerGroup`,
 * `@Scheduled`). A provider imported by several modules is one instance; it is counted once.
 */
export function discoverRegistrations(discovery: DiscoveryService, serviceName: string): { consumerGroups: DiscoveredConsumerGroup[]; jobs: ScheduledJob[] } {
  const seen = new Set<unknown>();
  const groups = new Map<string, DiscoveredConsumerGroup>();
  const jobs: ScheduledJob[] = [];
  for (const wrapper of discovery.getProviders()) {
    const { instance } = wrapper;
    if (!instance || typeof instance !== 'object' || seen.has(instance)) continue;
    seen.add(instance);
    // The instance's class, not the provider's metatype: a factory provider (one handler object per contract) counts too.
    const type = (instance as object).constructor as Type<unknown>;
    const membership = consumerGroupOf(type);
    if (membership) {
      const groupId = `${serviceName}.${membership.purpose}`;
      const group = groups.get(groupId) ?? { groupId, handlers: [] };
      group.handlers.push({ type: type as Type<EventHandler>, handler: instance as EventHandler, does: membership.does });
      groups.set(groupId, group);
    }
    if (isScheduledJobType(type)) jobs.push(instance as ScheduledJob);
  }
  const byName = <T extends { groupId?: string; name?: string }>(a: T, b: T) => String(a.groupId ?? a.name).localeCompare(String(b.groupId ?? b.name));
  return { consumerGroups: [...groups.values()].sort(byName), jobs: jobs.sort(byName) };
}
