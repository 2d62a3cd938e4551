/**
 * 外请 → 到场 → 完工, or 取消 before it is finished. Its own file so the entity can name it without loading the
 * lifecycle, which names the entity.
 */
export enum VendorCallStatus {
  CALLED = 'CALLED',
  ON_SITE = 'ON_SITE',
  FINISHED = 'FINISHED',
  CANCELLED = 'CANCELLED',
}
