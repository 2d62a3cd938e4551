import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Roles } from '@houqin/platform-graphql';
import { DIRECTORY_KEEPERS, DIRECTORY_READERS } from '../org.roles';
import { toLocation } from '../location/location.model';
import { BedStatusRepository } from './bed-status.repository';
import { SetBedStatusInput } from './bed-status.inputs';
import { BedState, toBedState } from './bed-status.model';
import { SetBedStatus } from './set-bed-status.use-case';

@Resolver(() => BedState)
export class BedStatusResolver {
  constructor(
    private readonly repository: BedStatusRepository,
    private readonly setBedStatusUseCase: SetBedStatus,
  ) {}

  @Query(() => [BedState], { description: "床位一览: a ward's beds (under it or its rooms) with their status, by bed code" })
  @Roles(...DIRECTORY_READERS)
  async wardBeds(@CurrentIdentity() identity: Identity, @Args('wardId', { type: () => ID }) wardId: string): Promise<BedState[]> {
    const beds = await this.repository.wardBeds(identity, wardId);
    return beds.map(({ bed, status }) => toBedState(toLocation(bed), status));
  }

  @Mutation(() => BedState, { description: 'Close a bed, reopen it or mark it soiled (audited with the reason); occupancy comes from the HIS.' })
  @Roles(...DIRECTORY_KEEPERS)
  async setBedStatus(@CurrentIdentity() identity: Identity, @Args('input') input: SetBedStatusInput): Promise<BedState> {
    const { bed, status } = await this.setBedStatusUseCase.execute(identity, input);
    return toBedState(toLocation(bed), status);
  }
}
