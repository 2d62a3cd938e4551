import { DomainError } from '@houqin/platform-errors';

/** Why stock was adjusted; each reason allows one direction or both. */
export enum AdjustmentReason {
  /** 盘点差异: the stocktake (月底盘点) counted more or fewer than the books; either direction. */
  COUNT_DIFFERENCE = 'COUNT_DIFFERENCE',
  /** 报损: damaged beyond use; only takes. */
  DAMAGED = 'DAMAGED',
  /** 过期报废: an expired lot written off; only takes, and only from a lot past its expiry date. */
  EXPIRED_WRITE_OFF = 'EXPIRED_WRITE_OFF',
  /** 找回: stock found that the books did not show; only adds. */
  FOUND = 'FOUND',
  /** 其他: either direction, explained in the note. */
  OTHER = 'OTHER',
}

export const ADJUSTMENT_REASON_LABELS_ZH: Record<AdjustmentReason, string> = {
  [AdjustmentReason.COUNT_DIFFERENCE]: '盘点差异',
  [AdjustmentReason.DAMAGED]: '报损',
  [AdjustmentReason.EXPIRED_WRITE_OFF]: '过期报废',
  [AdjustmentReason.FOUND]: '找回',
  [AdjustmentReason.OTHER]: '其他',
};

const DIRECTIONS: Record<AdjustmentReason, 'take' | 'add' | 'either'> = {
  [AdjustmentReason.COUNT_DIFFERENCE]: 'either',
  [AdjustmentReason.DAMAGED]: 'take',
  [AdjustmentReason.EXPIRED_WRITE_OFF]: 'take',
  [AdjustmentReason.FOUND]: 'add',
  [AdjustmentReason.OTHER]: 'either',
};

/** The lot a line names, as the rules need it; `item` is the label errors show. */
export interface AdjustedLot {
  lotId: string;
  item: string;
  quantityRemaining: number;
  expiresOn: string | null;
}

export function requireAdjustmentReason(value: string): AdjustmentReason {
  if (!Object.values<string>(AdjustmentReason).includes(value))
    throw new DomainError('INVALID_INPUT', { detail: `reason: unknown adjustment reason ${value}` });
  return value as AdjustmentReason;
}

/** An "other" adjustment says what happened; the other reasons speak for themselves. */
export function requireAdjustmentNote(reason: AdjustmentReason, note: string | null): void {
  if (reason === AdjustmentReason.OTHER && !note) throw new DomainError('ADJUSTMENT_NOTE_REQUIRED');
}

/** A delta is a whole number of units, never 0 (a line that changes nothing is a mistake). */
export function requireQuantityDelta(field: string, value: number): number {
  if (!Number.isInteger(value) || value === 0) throw new DomainError('INVALID_INPUT', { detail: `${field} must be a whole number other than 0` });
  return value;
}

/**
 * One line against its lot: the reason must allow the direction, an expiry write-off needs an expired lot
 * (it expires at the end of its day, as for issues), and no lot goes below zero.
 */
export function checkAdjustmentLine(reason: AdjustmentReason, quantityDelta: number, lot: AdjustedLot, today: string): void {
  const direction = DIRECTIONS[reason];
  if ((direction === 'take' && quantityDelta > 0) || (direction === 'add' && quantityDelta < 0)) {
    throw new DomainError('ADJUSTMENT_DIRECTION', {
      reason,
      reasonZh: ADJUSTMENT_REASON_LABELS_ZH[reason],
      direction: direction === 'take' ? 'reduce' : 'increase',
      directionZh: direction === 'take' ? '减少' : '增加',
    });
  }
  if (reason === AdjustmentReason.EXPIRED_WRITE_OFF && (lot.expiresOn === null || lot.expiresOn >= today)) {
    throw new DomainError('ADJUSTMENT_LOT_NOT_EXPIRED', { item: lot.item, lotId: lot.lotId, expiresOn: lot.expiresOn ?? '—' });
  }
  if (quantityDelta < 0 && -quantityDelta > lot.quantityRemaining) {
    throw new DomainError('ADJUSTMENT_EXCEEDS_LOT', { item: lot.item, lotId: lot.lotId, available: lot.quantityRemaining, requested: -quantityDelta });
  }
}
