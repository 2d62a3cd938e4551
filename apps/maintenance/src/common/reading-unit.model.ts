import { registerEnumType } from '@nestjs/graphql';
import { describedValues } from '@houqin/platform-graphql';
import { ReadingUnit, UNIT_SYMBOLS } from './reading-unit';

registerEnumType(ReadingUnit, { name: 'ReadingUnit', description: 'Unit of a reading (symbol as on the gauge).', valuesMap: describedValues(UNIT_SYMBOLS) });

export { ReadingUnit };
