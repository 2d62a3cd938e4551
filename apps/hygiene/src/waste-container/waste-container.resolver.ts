import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@houqin/platform-auth';
import { CurrentIdentity, Page, RequestContext, Roles } from '@houqin/platform-graphql';
import { HYGIENE_KEEPERS, HYGIENE_READERS } from '../hygiene.roles';
import { IssueWasteContainers } from './issue-waste-containers.use-case';
import { IssueWasteContainersInput, WasteContainersArgs } from './waste-container.inputs';
import { toWasteContainer, WasteContainer, WasteContainerConnection } from './waste-container.model';
import { WasteContainerRepository } from './waste-container.repository';
import { WasteLabels } from './waste-labels';

@Resolver(() => WasteContainer)
export class WasteContainerResolver {
  constructor(
    private readonly repository: WasteContainerRepository,
    private readonly labels: WasteLabels,
    private readonly issueWasteContainersUseCase: IssueWasteContainers,
  ) {}

  @Query(() => WasteContainerConnection, { description: 'medical waste containers of the campuses the caller may see' })
  @Roles(...HYGIENE_READERS)
  wasteContainers(@CurrentIdentity() identity: Identity, @Args() args: WasteContainersArgs): Promise<Page<WasteContainer>> {
    return this.repository.list(identity, args, (row) => toWasteContainer(row, this.labels));
  }

  @Query(() => WasteContainer)
  @Roles(...HYGIENE_READERS)
  async wasteContainer(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<WasteContainer> {
    return toWasteContainer(await this.repository.findVisible(identity, id), this.labels);
  }

  /** Called by Apollo as (reference, context): no parameter decorators, which would remap those arguments. */
  @ResolveReference()
  async resolveReference(reference: { id: string }, context: RequestContext): Promise<WasteContainer | null> {
    if (!context.identity) return null;
    return toWasteContainer(await this.repository.findVisible(context.identity, reference.id), this.labels);
  }

  @Mutation(() => [WasteContainer], { description: 'Issue a sheet of QR-labelled containers to a ward for one category (医废标签).' })
  @Roles(...HYGIENE_KEEPERS)
  async issueWasteContainers(@CurrentIdentity() identity: Identity, @Args('input') input: IssueWasteContainersInput): Promise<WasteContainer[]> {
    return (await this.issueWasteContainersUseCase.execute(identity, input)).map((row) => toWasteContainer(row, this.labels));
  }
}
