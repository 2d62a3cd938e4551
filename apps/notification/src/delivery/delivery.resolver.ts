import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity, Role } from '@houqin/platform-auth';
import { CurrentIdentity, Page, Roles } from '@houqin/platform-graphql';
import { NotificationDeliveriesArgs, NotificationDelivery, NotificationDeliveryConnection } from './delivery.model';
import { DeliveryRepository } from './delivery.repository';
import { ResendDelivery } from './resend-delivery.use-case';

/** Who sees outbound deliveries and resends dead ones: the logistics admins, each of their own campuses. */
const DELIVERY_ADMINS = [Role.GROUP_ADMIN, Role.CAMPUS_ADMIN];

@Resolver(() => NotificationDelivery)
export class DeliveryResolver {
  constructor(
    private readonly deliveries: DeliveryRepository,
    private readonly resend: ResendDelivery,
  ) {}

  @Query(() => NotificationDeliveryConnection, { description: '外发记录 with their log; status DEAD is the dead-letter list.' })
  @Roles(...DELIVERY_ADMINS)
  notificationDeliveries(@CurrentIdentity() identity: Identity, @Args() args: NotificationDeliveriesArgs): Promise<Page<NotificationDelivery>> {
    return this.deliveries.list(identity, args);
  }

  @Mutation(() => NotificationDelivery, { description: '重发: a DEAD delivery goes out again now, with fresh attempts.' })
  @Roles(...DELIVERY_ADMINS)
  async resendNotificationDelivery(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<NotificationDelivery> {
    const [described] = await this.deliveries.describe([await this.resend.execute(identity, id)]);
    return described;
  }
}
