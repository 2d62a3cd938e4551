import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { DataSource } from 'typeorm';
import { CLEANING_DISPATCHERS } from '../cleaning-task/cleaning-task-lifecycle';
import { HYGIENE_READERS } from '../hygiene.roles';
import { CleanerRow } from './cleaner.entity';
import { CleanersArgs, RecordCleanerTrainingInput, RegisterCleanerInput, UpdateCleanerInput } from './cleaner.inputs';
import { Cleaner, CleanerConnection, toCleaner } from './cleaner.model';
import { CleanerRepository } from './cleaner.repository';
import { RecordCleanerTraining } from './record-cleaner-training.use-case';
import { RegisterCleaner } from './register-cleaner.use-case';
import { UpdateCleaner } from './update-cleaner.use-case';

@Resolver(() => Cleaner)
export class CleanerResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: CleanerRepository,
    private readonly registerCleanerUseCase: RegisterCleaner,
    private readonly updateCleanerUseCase: UpdateCleaner,
    private readonly recordCleanerTrainingUseCase: RecordCleanerTraining,
  ) {}

  @Query(() => CleanerConnection, { description: 'cleaners of the campuses the caller may see' })
  @Roles(...HYGIENE_READERS)
  cleaners(@CurrentIdentity() identity: Identity, @Args() args: CleanersArgs): Promise<Page<Cleaner>> {
    return this.repository.list(identity, args, toCleaner);
  }

  @Query(() => Cleaner)
  @Roles(...HYGIENE_READERS)
  async cleaner(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<Cleaner> {
    return this.named(await this.repository.findVisible(identity, id));
  }

  /** Called by Apollo as (reference, context): no parameter decorators, which would remap those arguments. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<Cleaner | null> {
    if (!context.identity) return null;
    return this.named(await this.repository.findVisible(context.identity, reference.id));
  }

  @Mutation(() => Cleaner, { description: 'Put a member of staff on the campus’s cleaning roster, with their zones.' })
  @Roles(...CLEANING_DISPATCHERS)
  async registerCleaner(@CurrentIdentity() identity: Identity, @Args('input') input: RegisterCleanerInput): Promise<Cleaner> {
    return this.named(await this.registerCleanerUseCase.execute(identity, input));
  }

  @Mutation(() => Cleaner)
  @Roles(...CLEANING_DISPATCHERS)
  async updateCleaner(@CurrentIdentity() identity: Identity, @Args('input') input: UpdateCleanerInput): Promise<Cleaner> {
    return this.named(await this.updateCleanerUseCase.execute(identity, input));
  }

  @Mutation(() => Cleaner, { description: '院感培训: record a passed infection-control training (needed for high-risk work).' })
  @Roles(...CLEANING_DISPATCHERS)
  async recordCleanerTraining(@CurrentIdentity() identity: Identity, @Args('input') input: RecordCleanerTrainingInput): Promise<Cleaner> {
    return this.named(await this.recordCleanerTrainingUseCase.execute(identity, input));
  }

  private async named(row: CleanerRow): Promise<Cleaner> {
    const [named] = await this.repository.named(this.dataSource.manager, [row]);
    return toCleaner(named);
  }
}
