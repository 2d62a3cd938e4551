import { domainErrorCode, domainErrorOf } from '@houqin/platform-errors';
import { checkIntakeQuestions, IntakeCheck, IntakeQuestion, IntakeQuestionDraft } from './intake-check';
import { IntakeAnswerType } from './intake.entity';

const LEAK: IntakeQuestion[] = [
  { key: 'WATER_NEAR_ELECTRICAL', answerType: IntakeAnswerType.YES_NO, choices: [], required: true },
  { key: 'SOURCE', answerType: IntakeAnswerType.CHOICE, choices: ['天花板', '水管', '洗手池'], required: true },
  { key: 'PUDDLE_METRES', answerType: IntakeAnswerType.NUMBER, choices: [], required: false },
  { key: 'NOTE', answerType: IntakeAnswerType.TEXT, choices: [], required: false },
];
const check = new IntakeCheck(LEAK);

describe('intake check', () => {
  it('keeps answers that fit, in questionnaire order, normalised', () => {
    expect(
      check.check([
        { key: 'puddle_metres', value: ' 2.5 ' },
        { key: 'WATER_NEAR_ELECTRICAL', value: 'yes' },
        { key: 'SOURCE', value: '水管' },
        { key: 'NOTE', value: '护士站旁' },
      ]),
    ).toEqual({
      answers: [
        { key: 'WATER_NEAR_ELECTRICAL', value: 'YES' },
        { key: 'SOURCE', value: '水管' },
        { key: 'PUDDLE_METRES', value: '2.5' },
        { key: 'NOTE', value: '护士站旁' },
      ],
      missingKeys: [],
    });
  });

  it('does not refuse a request missing required answers, but names what is missing', () => {
    expect(check.check([{ key: 'SOURCE', value: '天花板' }])).toEqual({
      answers: [{ key: 'SOURCE', value: '天花板' }],
      missingKeys: ['WATER_NEAR_ELECTRICAL'],
    });
    expect(check.check([]).missingKeys).toEqual(['WATER_NEAR_ELECTRICAL', 'SOURCE']);
    // A blank answer is no answer.
    expect(check.check([{ key: 'WATER_NEAR_ELECTRICAL', value: '  ' }]).missingKeys).toEqual(['WATER_NEAR_ELECTRICAL', 'SOURCE']);
  });

  it('refuses answers to questions the category does not ask, and the same question twice', () => {
    expect(domainErrorOf(() => check.check([{ key: 'FLOOR', value: '3' }])).params).toEqual({ key: 'FLOOR' });
    expect(domainErrorCode(() => check.check([{ key: 'FLOOR', value: '3' }]))).toBe('INTAKE_QUESTION_UNKNOWN');
    expect(domainErrorCode(() => new IntakeCheck([]).check([{ key: 'SOURCE', value: '水管' }]))).toBe('INTAKE_QUESTION_UNKNOWN');
    expect(
      domainErrorCode(() =>
        check.check([
          { key: 'SOURCE', value: '水管' },
          { key: 'source', value: '天花板' },
        ]),
      ),
    ).toBe('DUPLICATE');
  });

  it.each([
    ['WATER_NEAR_ELECTRICAL', '是'],
    ['WATER_NEAR_ELECTRICAL', 'Y'],
    ['PUDDLE_METRES', 'two'],
    ['PUDDLE_METRES', '1e3'],
    ['PUDDLE_METRES', '3.'],
    ['SOURCE', '地面'],
    ['SOURCE', '水 管'],
  ])('refuses %s = %s as the wrong type', (key, value) => {
    expect(domainErrorCode(() => check.check([{ key, value }]))).toBe('INTAKE_ANSWER_INVALID');
  });

  it('refuses text answers that are too long', () => {
    expect(domainErrorCode(() => check.check([{ key: 'NOTE', value: '漏'.repeat(501) }]))).toBe('TEXT_TOO_LONG');
  });
});

describe('intake questionnaire', () => {
  const yesNo = (key: string, required = true): IntakeQuestionDraft => ({
    key,
    questionZh: '是否靠近电器？',
    questionEn: 'Near electrical equipment?',
    answerType: IntakeAnswerType.YES_NO,
    required,
  });

  it('numbers the questions in the order given and upper-cases keys', () => {
    const checked = checkIntakeQuestions([
      yesNo('water_near_electrical'),
      { ...yesNo('SOURCE', false), answerType: IntakeAnswerType.CHOICE, choices: ['天花板', '水管'] },
    ]);
    expect(checked.map((q) => [q.key, q.ordinal, q.choices])).toEqual([
      ['WATER_NEAR_ELECTRICAL', 0, []],
      ['SOURCE', 1, ['天花板', '水管']],
    ]);
  });

  it('refuses duplicate or malformed keys, and choices that do not fit the answer type', () => {
    expect(domainErrorCode(() => checkIntakeQuestions([yesNo('A_KEY'), yesNo('a_key')]))).toBe('DUPLICATE');
    expect(domainErrorCode(() => checkIntakeQuestions([yesNo('漏水')]))).toBe('INVALID_INPUT');
    expect(domainErrorCode(() => checkIntakeQuestions([yesNo('1ST')]))).toBe('INVALID_INPUT');
    const choice = (choices: string[]) => ({ ...yesNo('SOURCE'), answerType: IntakeAnswerType.CHOICE, choices });
    expect(domainErrorCode(() => checkIntakeQuestions([choice(['水管'])]))).toBe('INVALID_INPUT');
    expect(domainErrorCode(() => checkIntakeQuestions([choice(['水管', '水管'])]))).toBe('INVALID_INPUT');
    expect(domainErrorCode(() => checkIntakeQuestions([{ ...yesNo('NEAR'), choices: ['是', '否'] }]))).toBe('INVALID_INPUT');
    expect(domainErrorCode(() => checkIntakeQuestions([{ ...yesNo('NEAR'), questionZh: ' ' }]))).toBe('TEXT_REQUIRED');
    expect(domainErrorCode(() => checkIntakeQuestions(Array.from({ length: 31 }, (_, i) => yesNo(`Q${i}X`))))).toBe('INVALID_INPUT');
  });
});
