import { readSettings } from '@houqin/platform-service';
import { z } from 'zod';

const schema = z.object({
  /** Signs the QR labels hygiene prints (rooms, waste containers): HMAC, at least 32 bytes, from the deployment's secrets. */
  QR_LABEL_SECRET: z.string().min(32),
  /** How far the disposal company's weight may differ from the wards' total before the transfer is flagged (percent). */
  WASTE_TRANSFER_TOLERANCE_PERCENT: z.coerce.number().min(0).max(50).default(5),
});

export interface HygieneSettings {
  labelSecret: string;
  /** The waste transfer tolerance in basis points (5 % = 500), so the comparison stays in integers. */
  wasteToleranceBasisPoints: number;
}

export const HYGIENE_SETTINGS = Symbol('HYGIENE_SETTINGS');

/** A missing or malformed setting stops the service at start-up, naming it. */
export function loadHygieneSettings(env: NodeJS.ProcessEnv = process.env): HygieneSettings {
  const settings = readSettings('hygiene', schema, env);
  return { labelSecret: settings.QR_LABEL_SECRET, wasteToleranceBasisPoints: Math.round(settings.WASTE_TRANSFER_TOLERANCE_PERCENT * 100) };
}
