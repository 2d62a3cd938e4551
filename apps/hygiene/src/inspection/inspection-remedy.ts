/** What a failed item needs (整改方式): the cleaners again, or a repair by maintenance. */
export enum InspectionRemedy {
  CLEANING = 'CLEANING',
  REPAIR = 'REPAIR',
}
