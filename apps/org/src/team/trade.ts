/** 工种: what a crew does; maintenance routes repair categories to crews by it. */
export enum Trade {
  PLUMBING = 'PLUMBING',
  ELECTRICAL = 'ELECTRICAL',
  HVAC = 'HVAC',
  ELEVATOR = 'ELEVATOR',
  CARPENTRY = 'CARPENTRY',
  GENERAL = 'GENERAL',
  CLEANING = 'CLEANING',
  SECURITY = 'SECURITY',
}
