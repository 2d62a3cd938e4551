/** Where an asset stands. Its own file so the entity can name it without loading the lifecycle, which names the entity. */
export enum AssetStatus {
  IN_SERVICE = 'IN_SERVICE',
  OUT_OF_SERVICE = 'OUT_OF_SERVICE',
  RETIRED = 'RETIRED',
}
