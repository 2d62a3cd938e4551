import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@houqin/platform-graphql';
import { SelectQueryBuilder } from 'typeorm';
import { DirectoryRow } from './directory-kind';

/** Lists of directory rows can be narrowed to active (or deactivated) ones. */
@ArgsType()
export class DirectoryPageArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or only deactivated (false) rows; all when absent.' }) active?: boolean | null;
}

export function filterActive<Row extends DirectoryRow>(query: SelectQueryBuilder<Row>, active: boolean | null | undefined): SelectQueryBuilder<Row> {
  if (active !== null && active !== undefined) query.andWhere(`${query.alias}.active = :active`, { active });
  return query;
}
