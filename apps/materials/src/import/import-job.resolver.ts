import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Identity } from '@houqin/platform-auth';
import { DomainError, notFound, requireUuid } from '@houqin/platform-errors';
import { batchLoad, CurrentIdentity, Page, PageArgs, RequestContext, Roles } from '@houqin/platform-graphql';
import { STOCK_KEEPERS } from '../materials.roles';
import { ImportJobStatus, ImportKind, MAX_STORED_ERRORS } from './import-job';
import { StartItemImportInput } from './import-job.inputs';
import { ImportJob, ImportJobConnection, ImportRowError, toImportJob, toImportRowError } from './import-job.model';
import { ImportJobRepository } from './import-job.repository';
import { StartItemImport } from './start-item-import.use-case';

@Resolver(() => ImportJob)
export class ImportJobResolver {
  constructor(
    private readonly importJobRepository: ImportJobRepository,
    private readonly startItemImportUseCase: StartItemImport,
  ) {}

  /** The use case narrows it further: the catalogue to group admins, balances to the warehouse's campus. */
  @Mutation(() => ImportJob, { description: '导入: queue a catalogue or opening-balance file; poll importJob for progress and the report.' })
  @Roles(...STOCK_KEEPERS)
  async startItemImport(@CurrentIdentity() identity: Identity, @Args('input') input: StartItemImportInput): Promise<ImportJob> {
    return toImportJob(await this.startItemImportUseCase.execute(identity, input));
  }

  @Query(() => ImportJob)
  @Roles(...STOCK_KEEPERS)
  async importJob(@CurrentIdentity() identity: Identity, @Args('id', { type: () => ID }) id: string): Promise<ImportJob> {
    const row = await this.importJobRepository.findVisible(identity, requireUuid('id', id));
    if (!row) throw notFound('ImportJob', id);
    return toImportJob(row);
  }

  @Query(() => ImportJobConnection, { description: 'Import jobs the caller may see, newest first.' })
  @Roles(...STOCK_KEEPERS)
  importJobs(
    @CurrentIdentity() identity: Identity,
    @Args() page: PageArgs,
    @Args('kind', { type: () => ImportKind, nullable: true }) kind?: ImportKind | null,
    @Args('status', { type: () => ImportJobStatus, nullable: true }) status?: ImportJobStatus | null,
  ): Promise<Page<ImportJob>> {
    return this.importJobRepository.list(identity, { kind: kind ?? null, status: status ?? null }, page);
  }

  @ResolveField(() => [ImportRowError], { description: 'The validation report, in row order (at most 1,000 lines are kept).' })
  async errors(
    @Parent() job: ImportJob,
    @Context() context: RequestContext,
    @Args('first', { type: () => Int, defaultValue: 100, description: '1 to 1,000.' }) first: number,
  ): Promise<ImportRowError[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_STORED_ERRORS)
      throw new DomainError('INVALID_INPUT', { detail: `first must be between 1 and ${MAX_STORED_ERRORS}` });
    const rows = await batchLoad(context, `importJobErrors:${first}`, job.id, (ids) => this.importJobRepository.errors(ids, first));
    return (rows ?? []).map(toImportRowError);
  }
}
