/** Where a work order came from: a person at the console or the QR portal, or the platform itself. */
export enum WorkOrderSource {
  CONSOLE = 'CONSOLE',
  QR_PORTAL = 'QR_PORTAL',
  /** A failed checklist item of a preventive-maintenance task. */
  PREVENTIVE_MAINTENANCE = 'PREVENTIVE_MAINTENANCE',
  /** An out-of-range reading on an inspection round (巡检). */
  INSPECTION_ROUND = 'INSPECTION_ROUND',
  /** A failed item of a hygiene inspection (卫生检查) needing a repair. */
  HYGIENE_INSPECTION = 'HYGIENE_INSPECTION',
}
