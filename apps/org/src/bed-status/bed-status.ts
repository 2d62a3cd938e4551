/**
 * 床位状态, the states of HL7 table 0116 (PV1-40 / bed status): what a ward's bed board shows and the his feed and
 * cleaning move between.
 */
export enum BedStatus {
  OCCUPIED = 'OCCUPIED',
  /** Vacated, waiting for its terminal clean (终末消毒). */
  HOUSEKEEPING = 'HOUSEKEEPING',
  UNOCCUPIED = 'UNOCCUPIED',
  /** Occupied by a patient under isolation precautions. */
  ISOLATED = 'ISOLATED',
  /** Soiled (a spill, a failed check): nobody is put in it before it is cleaned. */
  CONTAMINATED = 'CONTAMINATED',
  /** Out of service (repair, staffing); only staff close and reopen a bed. */
  CLOSED = 'CLOSED',
}

/** The table 0116 codes, for HIS-facing views and exports. */
export const HL7_BED_STATUS: Record<BedStatus, string> = {
  [BedStatus.CLOSED]: 'C',
  [BedStatus.HOUSEKEEPING]: 'H',
  [BedStatus.ISOLATED]: 'I',
  [BedStatus.CONTAMINATED]: 'K',
  [BedStatus.OCCUPIED]: 'O',
  [BedStatus.UNOCCUPIED]: 'U',
};

export const BED_STATUS_ZH: Record<BedStatus, string> = {
  [BedStatus.OCCUPIED]: '占用',
  [BedStatus.HOUSEKEEPING]: '待终末消毒',
  [BedStatus.UNOCCUPIED]: '空床',
  [BedStatus.ISOLATED]: '隔离',
  [BedStatus.CONTAMINATED]: '污染',
  [BedStatus.CLOSED]: '停用',
};

/** Who moved a bed last. */
export enum BedStatusSource {
  HIS = 'HIS',
  CLEANING = 'CLEANING',
  STAFF = 'STAFF',
}

export interface BedState {
  status: BedStatus;
  /** When the status took effect: the event's own time (a late message changes nothing newer). */
  since: Date;
  /** houqin's encounter in or last out of the bed (never a patient identifier). */
  encounterId: string | null;
  precautions: string[];
  source: BedStatusSource;
}

/** Something that happened to a bed, from the HIS feed, cleaning or staff. */
export type BedHappening =
  /** Admitted or transferred in, or back after a cancelled discharge. */
  | { kind: 'PATIENT_IN'; encounterId: string; precautions: string[]; at: Date }
  /** Discharged or transferred out. */
  | { kind: 'PATIENT_OUT'; encounterId: string; precautions: string[]; at: Date }
  /** The admission that holds the bed was cancelled (A11): nobody was there. */
  | { kind: 'ADMISSION_VOID'; encounterId: string; at: Date }
  | { kind: 'PRECAUTIONS'; encounterId: string; precautions: string[]; at: Date }
  /** Its terminal or corrective clean was finished. */
  | { kind: 'CLEANED'; at: Date }
  | { kind: 'SET_BY_STAFF'; status: StaffBedStatus; at: Date };

/** What staff may set by hand: close, reopen (ready), or mark soiled. Occupancy comes only from the HIS. */
export type StaffBedStatus = BedStatus.CLOSED | BedStatus.UNOCCUPIED | BedStatus.CONTAMINATED;

/** Before any report: an empty, ready bed whose status is older than anything the feed or cleaning can send. */
export const NEVER = new Date(0);
export const NEW_BED: BedState = { status: BedStatus.UNOCCUPIED, since: NEVER, encounterId: null, precautions: [], source: BedStatusSource.STAFF };

const occupied = (precautions: string[]) => (precautions.length > 0 ? BedStatus.ISOLATED : BedStatus.OCCUPIED);
const isOccupied = (status: BedStatus) => status === BedStatus.OCCUPIED || status === BedStatus.ISOLATED;

/** What staff may change a bed from, by the status they set. */
const STAFF_FROM: Record<StaffBedStatus, BedStatus[]> = {
  [BedStatus.CLOSED]: [BedStatus.UNOCCUPIED, BedStatus.HOUSEKEEPING, BedStatus.CONTAMINATED],
  [BedStatus.UNOCCUPIED]: [BedStatus.CLOSED, BedStatus.HOUSEKEEPING, BedStatus.CONTAMINATED],
  [BedStatus.CONTAMINATED]: [BedStatus.UNOCCUPIED, BedStatus.HOUSEKEEPING, BedStatus.CLOSED],
};

export const staffMayChange = (from: BedStatus, to: StaffBedStatus): boolean => STAFF_FROM[to].includes(from);

/**
 * The bed's next state, or null when the happening changes nothing: it is older than the bed's status (events from
 * the HIS and from cleaning arrive on different topics, so only their own times order them), concerns another
 * patient, or does not apply in the bed's status (a clean finished under a patient who came back). Staff changes
 * are checked by the caller (`staffMayChange`), which refuses them with a reason.
 */
export function nextBedState(current: BedState, happening: BedHappening): BedState | null {
  if (happening.at < current.since) return null;
  const at = happening.at;
  switch (happening.kind) {
    case 'PATIENT_IN':
      return { status: occupied(happening.precautions), since: at, encounterId: happening.encounterId, precautions: happening.precautions, source: BedStatusSource.HIS };
    case 'PATIENT_OUT':
      if (isOccupied(current.status) && current.encounterId !== happening.encounterId) return null;
      return { status: BedStatus.HOUSEKEEPING, since: at, encounterId: happening.encounterId, precautions: happening.precautions, source: BedStatusSource.HIS };
    case 'ADMISSION_VOID':
      if (!isOccupied(current.status) || current.encounterId !== happening.encounterId) return null;
      return { status: BedStatus.UNOCCUPIED, since: at, encounterId: null, precautions: [], source: BedStatusSource.HIS };
    case 'PRECAUTIONS':
      if (!isOccupied(current.status) || current.encounterId !== happening.encounterId) return null;
      if (occupied(happening.precautions) === current.status && sameSet(current.precautions, happening.precautions)) return null;
      return { ...current, status: occupied(happening.precautions), precautions: happening.precautions, source: BedStatusSource.HIS };
    case 'CLEANED':
      if (current.status !== BedStatus.HOUSEKEEPING && current.status !== BedStatus.CONTAMINATED) return null;
      return { status: BedStatus.UNOCCUPIED, since: at, encounterId: null, precautions: [], source: BedStatusSource.CLEANING };
    case 'SET_BY_STAFF':
      if (current.status === happening.status) return null;
      return { status: happening.status, since: at, encounterId: happening.status === BedStatus.UNOCCUPIED ? null : current.encounterId, precautions: current.precautions, source: BedStatusSource.STAFF };
  }
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
