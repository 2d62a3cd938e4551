/**
 * SQL over `stock_movement` that several reports share, so stock value, department charges and KPIs agree to the
 * fen. `alias` is the movement table's alias in the statement (none: the bare column names).
 */
const column = (alias: string | undefined, name: string) => (alias ? `${alias}.${name}` : name);

/** A movement's signed value at cost in fen: its quantity at its lot's unit cost (bigint: sums outgrow int4). */
export const movementValueFen = (alias?: string): string => `${column(alias, 'quantity')}::bigint * ${column(alias, 'unit_cost_fen')}`;

/** Movements that charge a department (issues) or credit it (returns); transfers and adjustments charge nobody. */
export const chargesDepartment = (alias?: string): string =>
  `${column(alias, 'kind')} IN ('ISSUE', 'RETURN') AND ${column(alias, 'department_id')} IS NOT NULL`;
