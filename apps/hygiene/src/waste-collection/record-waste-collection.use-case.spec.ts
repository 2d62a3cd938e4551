import { domainErrorCode } from '@houqin/platform-errors';
import { RecordWasteCollection } from './record-waste-collection.use-case';

describe('recording a waste collection', () => {
  it('takes the scanned code trimmed, the grams and an optional late time', () => {
    const at = new Date('2026-12-07T01:00:00Z');
    expect(RecordWasteCollection.validate({ labelCode: ' abc ', weightGrams: 1200, collectedAt: at })).toEqual({
      labelCode: 'abc',
      weightGrams: 1200,
      collectedAt: at,
    });
    expect(RecordWasteCollection.validate({ labelCode: 'abc', weightGrams: 1200 }).collectedAt).toBeNull();
  });

  it('refuses a scan without a code', () => {
    expect(domainErrorCode(() => RecordWasteCollection.validate({ labelCode: '  ', weightGrams: 1200 }))).toBe('TEXT_REQUIRED');
  });
});
