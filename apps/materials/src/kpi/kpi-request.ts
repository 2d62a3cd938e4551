import { KpiMonth } from './kpi-months';

/** A campus the caller may see, named as the org directory replica has it. */
export interface KpiCampus {
  id: string;
  name: string | null;
}

/**
 * The common table expressions every family's statement starts from, over `KpiRequest.sqlParameters()` as $1–$4:
 * `month` (each month, its bounding instants and its first and next-first Beijing dates) and `grid` (every
 * campus with every month).
 */
export const KPI_GRID_SQL = `month AS (
         SELECT m.month, m.from_at, m.to_at, to_date(m.month, 'YYYY-MM') AS first_day, (to_date(m.month, 'YYYY-MM') + interval '1 month')::date AS next_first_day
           FROM unnest($2::text[], $3::timestamptz[], $4::timestamptz[]) AS m(month, from_at, to_at)
       ),
       grid AS (SELECT c.campus_id, m.* FROM unnest($1::uuid[]) AS c(campus_id) CROSS JOIN month m)`;

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

  /** $1–$4 of KPI_GRID_SQL: campus ids, months, their first instants, their ends. */
  sqlParameters(): [string[], string[], Date[], Date[]] {
    return [this.campusIds, this.months.map((m) => m.month), this.months.map((m) => m.from), this.months.map((m) => m.to)];
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
