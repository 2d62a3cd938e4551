import { chinaInstant } from '@houqin/platform-calendar';
import { domainErrorCode } from '@houqin/platform-errors';
import { RecordCleanerTraining } from './record-cleaner-training.use-case';

const now = chinaInstant('2026-12-07', '09:00');
const training = (trainedOn: string, validUntil: string) => ({ cleanerId: 'c', trainedOn, validUntil, certificateNo: ' YG-2026-031 ' });

describe('recording a cleaner’s infection-control training (院感培训)', () => {
  it('takes a past course valid until a later date', () => {
    expect(RecordCleanerTraining.validate(training('2026-09-01', '2027-08-31'), now)).toEqual({ trainedOn: '2026-09-01', validUntil: '2027-08-31', certificateNo: 'YG-2026-031' });
  });

  it('refuses dates that are not dates, a course in the future and a validity that ends before it began', () => {
    expect(domainErrorCode(() => RecordCleanerTraining.validate(training('2026-02-30', '2027-08-31'), now))).toBe('INVALID_INPUT');
    expect(domainErrorCode(() => RecordCleanerTraining.validate(training('2026-09-01', '31/08/2027'), now))).toBe('INVALID_INPUT');
    expect(domainErrorCode(() => RecordCleanerTraining.validate(training('2026-12-08', '2027-12-07'), now))).toBe('DATE_IN_FUTURE');
    expect(domainErrorCode(() => RecordCleanerTraining.validate(training('2026-09-01', '2026-09-01'), now))).toBe('CLEANER_TRAINING_DATES');
  });
});
