import { KpiMonth } from './kpi-months';

/** A campus the caller may see, named as the org directory replica has it. */
export interface KpiCampus {
  id: string;
  name: string | null;
}

/** The key of one campus-month in a family's answer. */
export const kpiKey = (campusId: string, month: string): string => `${campusId}/${month}`;

/**
 * One KPI question of one request: these campuses (already checked against the caller's scope) over these
 * consecutive months. Every row of the answer points at it, and each family (inventory, purchasing, …) answers it
 * once for all of them: the first row to resolve a family starts its one statement, the others wait for the same
 * promise. The request is created per query call, so nothing is shared between callers or requests.
 */
export class KpiRequest {
  private readonly answers = new Map<string, Promise<Map<string, unknown>>>();

  constructor(
    readonly campuses: readonly KpiCampus[],
    readonly months: readonly KpiMonth[],
    /** "Now" for the whole answer: the current month is counted up to it. */
    readonly now: Date,
  ) {}

  get campusIds(): string[] {
    return this.campuses.map((campus) => campus.id);
  }

  /**
   * A family's figures for one campus-month. `compute` runs once per request and family and must answer every
   * campus-month of the request (zeros where nothing happened), keyed by `kpiKey`.
   */
  async figures<T>(family: string, campusId: string, month: string, compute: (request: KpiRequest) => Promise<Map<string, T>>): Promise<T> {
    let answer = this.answers.get(family) as Promise<Map<string, T>> | undefined;
    if (!answer) {
      answer = compute(this);
      this.answers.set(family, answer as Promise<Map<string, unknown>>);
    }
    const figures = (await answer).get(kpiKey(campusId, month));
    if (figures === undefined) throw new Error(`KPI family ${family} has no figures for ${kpiKey(campusId, month)}`);
    return figures;
  }
}
