import { ContractorGrade, quarterMonths, rateQuarter } from './contractor-rating';

describe('quarterly contractor rating', () => {
  it('weighs the departments’ checks 60 % and the inspections 40 %', () => {
    expect(rateQuarter({ checkScores: [90, 100, 95], inspectionScores: [80, 90], complaints: 0 })).toEqual({
      checkAverage: 95,
      inspectionAverage: 85,
      deduction: 0,
      score: 91,
      grade: ContractorGrade.A,
    });
  });

  it('rates on whichever exists alone (a laundry has no zones), and nothing on nothing', () => {
    expect(rateQuarter({ checkScores: [82, 84], inspectionScores: [], complaints: 0 })).toMatchObject({ score: 83, grade: ContractorGrade.B });
    expect(rateQuarter({ checkScores: [], inspectionScores: [72], complaints: 0 })).toMatchObject({ score: 72, grade: ContractorGrade.C });
    expect(rateQuarter({ checkScores: [], inspectionScores: [], complaints: 3 })).toMatchObject({ score: null, grade: null, deduction: 6 });
  });

  it('takes 2 points per complaint, at most 20, and grades on the thresholds A 90, B 80, C 70', () => {
    expect(rateQuarter({ checkScores: [91], inspectionScores: [], complaints: 1 })).toMatchObject({ score: 89, grade: ContractorGrade.B });
    expect(rateQuarter({ checkScores: [90], inspectionScores: [], complaints: 0 })).toMatchObject({ grade: ContractorGrade.A });
    expect(rateQuarter({ checkScores: [80], inspectionScores: [], complaints: 0 })).toMatchObject({ grade: ContractorGrade.B });
    expect(rateQuarter({ checkScores: [70], inspectionScores: [], complaints: 0 })).toMatchObject({ grade: ContractorGrade.C });
    expect(rateQuarter({ checkScores: [95], inspectionScores: [], complaints: 30 })).toMatchObject({ deduction: 20, score: 75, grade: ContractorGrade.C });
    expect(rateQuarter({ checkScores: [15], inspectionScores: [], complaints: 10 })).toMatchObject({ score: 0, grade: ContractorGrade.D });
  });

  it('knows the months of a quarter', () => {
    expect(quarterMonths('2026-Q4')).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(quarterMonths('2026-Q1')).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(quarterMonths('2026-Q5')).toBeNull();
  });
});
