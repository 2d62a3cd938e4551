import { domainErrorCode } from '@houqin/platform-errors';
import { kpiMonthsBetween, MAX_TREND_MONTHS, monthAfter, requireKpiMonth } from './kpi-months';

describe('KPI months', () => {
  it('bounds a month in Beijing time and steps across year ends', () => {
    expect(requireKpiMonth('month', '2026-01')).toEqual({ month: '2026-01', from: new Date('2025-12-31T16:00:00Z'), to: new Date('2026-01-31T16:00:00Z') });
    expect(monthAfter(requireKpiMonth('month', '2025-12')).month).toBe('2026-01');
    expect(monthAfter(requireKpiMonth('month', '2024-02')).month).toBe('2024-03');
  });

  it('refuses anything but YYYY-MM, naming the field', () => {
    for (const bad of ['2026-13', '2026/01', '2026-1', '202601', '2026-01-01', '']) {
      expect(domainErrorCode(() => requireKpiMonth('month', bad))).toBe('INVALID_MONTH');
    }
    expect(() => requireKpiMonth('fromMonth', '2026/01')).toThrow('fromMonth is not a valid month (YYYY-MM, e.g. 2026-01): 2026/01');
  });

  it('lists a trend’s months oldest first, both ends included, at most two years', () => {
    expect(kpiMonthsBetween('2025-11', '2026-02').map((m) => m.month)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(kpiMonthsBetween('2026-03', '2026-03').map((m) => m.month)).toEqual(['2026-03']);
    expect(kpiMonthsBetween('2024-03', '2026-02')).toHaveLength(MAX_TREND_MONTHS);
    expect(domainErrorCode(() => kpiMonthsBetween('2024-02', '2026-02'))).toBe('KPI_TREND_TOO_LONG');
    expect(domainErrorCode(() => kpiMonthsBetween('2026-03', '2026-02'))).toBe('INVALID_DATE_RANGE');
    expect(domainErrorCode(() => kpiMonthsBetween('2026-01', '2026-13'))).toBe('INVALID_MONTH');
  });
});
