import { domainErrorCode } from '@houqin/platform-errors';
import { describeExceedances, requireReading, SewageLimitCheck, stationLimits } from './sewage-limit-check';
import { Disinfectant, SewageParameter, SewageStandard } from './sewage-standard';

const P = SewageParameter;

describe('a station’s limits', () => {
  it('are GB 18466-2005 table 2’s column, with the campus’s own in their place', () => {
    const discharge = stationLimits(SewageStandard.DISCHARGE, []);
    expect(discharge.find((l) => l.parameter === P.COD)).toEqual({ parameter: P.COD, min: null, max: 60 });
    const pretreatment = stationLimits(SewageStandard.PRETREATMENT, [{ parameter: P.COD, min: null, max: 200 }]);
    expect(pretreatment.find((l) => l.parameter === P.COD)).toEqual({ parameter: P.COD, min: null, max: 200 });
    expect(pretreatment.find((l) => l.parameter === P.FECAL_COLIFORM)).toEqual({ parameter: P.FECAL_COLIFORM, min: null, max: 5000 });
    expect(pretreatment.some((l) => l.parameter === P.AMMONIA_NITROGEN)).toBe(false);
  });

  it('refuses a lower limit above the upper and an impossible value', () => {
    expect(domainErrorCode(() => stationLimits(SewageStandard.DISCHARGE, [{ parameter: P.PH, min: 9, max: 6 }]))).toBe('SEWAGE_LIMIT_RANGE_INVALID');
    expect(domainErrorCode(() => stationLimits(SewageStandard.DISCHARGE, [{ parameter: P.PH, min: null, max: 15 }]))).toBe('MEASUREMENT_OUT_OF_RANGE');
    expect(domainErrorCode(() => requireReading(P.COD, -1))).toBe('MEASUREMENT_OUT_OF_RANGE');
    expect(requireReading(P.COD, undefined)).toBeNull();
  });
});

describe('checking a day’s readings', () => {
  const check = new SewageLimitCheck(stationLimits(SewageStandard.DISCHARGE, []), 8);

  it('finds the readings out of limits, below and above', () => {
    const out = check.exceedances({ PH: 9.4, COD: 72, SS: 12, RESIDUAL_CHLORINE: 2.1, FECAL_COLIFORM: null }, Disinfectant.SODIUM_HYPOCHLORITE);
    expect(out.map((e) => e.parameter)).toEqual([P.PH, P.COD, P.RESIDUAL_CHLORINE]);
    expect(describeExceedances(out)).toBe('pH 9.4 (6–9); COD 72 mg/L (≤ 60); total residual chlorine 2.1 mg/L (3–10)');
  });

  it('asks no residual chlorine of a station that does not disinfect with chlorine', () => {
    expect(check.exceedances({ RESIDUAL_CHLORINE: 0 }, Disinfectant.ULTRAVIOLET)).toEqual([]);
  });

  it('flags a day under the expected run hours', () => {
    expect(check.isShortRun(7.5)).toBe(true);
    expect(check.isShortRun(8)).toBe(false);
  });
});
