import { requireKpiMonth } from './kpi-months';
import { kpiKey, KpiRequest } from './kpi-request';

describe('KpiRequest', () => {
  const months = [requireKpiMonth('month', '2026-01'), requireKpiMonth('month', '2026-02')];
  const request = () =>
    new KpiRequest(
      [
        { id: 'east', name: '东院区' },
        { id: 'west', name: '西院区' },
      ],
      months,
      new Date('2026-03-01T00:00:00Z'),
    );

  it('answers every campus-month of a family from one computation', async () => {
    const asked = request();
    const compute = jest.fn(
      async (r: KpiRequest) => new Map(r.campusIds.flatMap((id) => r.months.map((m) => [kpiKey(id, m.month), `${id} ${m.month}`] as const))),
    );
    const answers = await Promise.all(asked.campusIds.flatMap((id) => months.map((m) => asked.figures('inventory', id, m.month, compute))));
    expect(answers).toEqual(['east 2026-01', 'east 2026-02', 'west 2026-01', 'west 2026-02']);
    expect(compute).toHaveBeenCalledTimes(1);
    // Another family computes on its own; another request starts afresh.
    await asked.figures('purchasing', 'east', '2026-01', compute);
    await request().figures('inventory', 'east', '2026-01', compute);
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('fails loudly when a family leaves a campus-month out', async () => {
    await expect(request().figures('inventory', 'west', '2026-02', async () => new Map([[kpiKey('east', '2026-02'), 1]]))).rejects.toThrow(
      'KPI family inventory has no figures for west/2026-02',
    );
  });
});
