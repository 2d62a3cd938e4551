import { Field, ID, InputType } from '@nestjs/graphql';
import { ImportKind } from './import-job';

@InputType({ description: 'A CSV (UTF-8) or XLSX file, base64-encoded, at most 5 MB and 50,000 rows; docs/materials.md lists the columns.' })
export class StartItemImportInput {
  @Field(() => ImportKind) kind!: ImportKind;
  @Field(() => String, { description: 'The name the file had, shown in the job list.' }) fileName!: string;
  @Field(() => String, { description: 'text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; must match the bytes.' })
  contentType!: string;
  @Field(() => String) base64!: string;
  @Field(() => ID, { nullable: true, description: 'The warehouse the opening balances are in (OPENING_BALANCES only).' }) warehouseId?: string | null;
}
