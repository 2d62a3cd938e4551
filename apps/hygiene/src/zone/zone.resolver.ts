import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { HYGIENE_KEEPERS, HYGIENE_READERS } from '../hygiene.roles';
import { CreateZone } from './create-zone.use-case';
import { CreateZoneInput, ZonesArgs } from './zone.inputs';
import { Zone, ZoneConnection, toZone } from './zone.model';
import { ZoneRepository } from './zone.repository';

@Resolver(() => Zone)
export class ZoneResolver {
  constructor(
    private readonly repository: ZoneRepository,
    private readonly createZoneUseCase: CreateZone,
  ) {}

  @Query(() => ZoneConnection, { description: 'zones of the campuses the caller may see' })
  @Roles(...HYGIENE_READERS)
  zones(@CurrentIdentity() identity: Identity, @Args() args: ZonesArgs): Promise<Page<Zone>> {
    return this.repository.list(identity, args, toZone);
  }

  @Query(() => Zone)
  @Roles(...HYGIENE_READERS)
  async zone(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<Zone> {
    return toZone(await this.repository.findVisible(identity, id));
  }

  /** Called by Apollo as (reference, context): no parameter decorators, which would remap those arguments. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<Zone | null> {
    if (!context.identity) return null;
    return toZone(await this.repository.findVisible(context.identity, reference.id));
  }

  @Mutation(() => Zone)
  @Roles(...HYGIENE_KEEPERS)
  async createZone(@CurrentIdentity() identity: Identity, @Args('input') input: CreateZoneInput): Promise<Zone> {
    return toZone(await this.createZoneUseCase.execute(identity, input));
  }
}
