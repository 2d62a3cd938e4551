import { DomainError, requireText } from '@houqin/platform-errors';
import { IntakeAnswer, IntakeOutcome } from '../work-order/work-order-ports';
import { IntakeAnswerType, IntakeQuestionRow } from './intake.entity';

export type IntakeQuestion = Pick<IntakeQuestionRow, 'key' | 'answerType' | 'choices' | 'required'>;

const KEY = /^[A-Z][A-Z0-9_]{1,47}$/;
const MAX_QUESTIONS = 30;
const MAX_CHOICES = 20;
const MAX_ANSWER = 500;

/**
 * Checks a reporter's answers against a category's questionnaire. Answers that cannot be right are refused
 * (an unknown question, a number that is not one, a choice not offered); answers left out are not: the
 * order is marked incomplete with the keys missing, which is what the incomplete-ticket rate measures.
 */
export class IntakeCheck {
  private readonly byKey: Map<string, IntakeQuestion>;

  constructor(private readonly questions: readonly IntakeQuestion[]) {
    this.byKey = new Map(questions.map((q) => [q.key, q]));
  }

  check(answers: readonly IntakeAnswer[]): IntakeOutcome {
    const given = new Map<string, string>();
    for (const answer of answers) {
      const key = String(answer.key ?? '')
        .trim()
        .toUpperCase();
      const question = this.byKey.get(key);
      if (!question) throw new DomainError('INTAKE_QUESTION_UNKNOWN', { key: key.slice(0, 48) });
      if (given.has(key)) throw new DomainError('DUPLICATE', { entity: 'IntakeAnswer', value: key });
      const value = answerValue(question, answer.value);
      if (value !== null) given.set(key, value);
    }
    return {
      answers: this.questions.filter((q) => given.has(q.key)).map((q) => ({ key: q.key, value: given.get(q.key) as string })),
      missingKeys: this.questions.filter((q) => q.required && !given.has(q.key)).map((q) => q.key),
    };
  }
}

/** A blank answer counts as not given; anything else must fit the question. */
function answerValue(question: IntakeQuestion, raw: string | null | undefined): string | null {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (!text) return null;
  const invalid = (expected: string) => new DomainError('INTAKE_ANSWER_INVALID', { key: question.key, value: text.slice(0, 64), expected });
  switch (question.answerType) {
    case IntakeAnswerType.YES_NO: {
      const yesNo = text.toUpperCase();
      if (yesNo !== 'YES' && yesNo !== 'NO') throw invalid('YES / NO');
      return yesNo;
    }
    case IntakeAnswerType.NUMBER:
      if (!/^-?\d+(\.\d+)?$/.test(text) || !Number.isFinite(Number(text))) throw invalid('a number');
      return text;
    case IntakeAnswerType.CHOICE:
      if (!question.choices.includes(text)) throw invalid(question.choices.join(' / '));
      return text;
    case IntakeAnswerType.TEXT:
      return requireText(question.key, text, MAX_ANSWER);
  }
}

export interface IntakeQuestionDraft {
  key: string;
  questionZh: string;
  questionEn: string;
  answerType: IntakeAnswerType;
  choices?: string[] | null;
  required: boolean;
}

/** Checks a questionnaire before it replaces a category's set: keys unique and upper case, choices only (and enough) for CHOICE. */
export function checkIntakeQuestions(drafts: readonly IntakeQuestionDraft[]): (IntakeQuestionDraft & { choices: string[]; ordinal: number })[] {
  if (drafts.length > MAX_QUESTIONS) throw new DomainError('INVALID_INPUT', { detail: `at most ${MAX_QUESTIONS} questions per category` });
  const keys = new Set<string>();
  return drafts.map((draft, ordinal) => {
    const key = requireText('key', draft.key, 48).toUpperCase();
    if (!KEY.test(key)) throw new DomainError('INVALID_INPUT', { detail: `key ${key}: upper-case letters, digits and _, e.g. WATER_NEAR_ELECTRICAL` });
    if (keys.has(key)) throw new DomainError('DUPLICATE', { entity: 'IntakeQuestion', value: key });
    keys.add(key);
    const choices = (draft.choices ?? []).map((c) => requireText(`${key}.choices`, c, 50));
    if (draft.answerType === IntakeAnswerType.CHOICE) {
      if (choices.length < 2 || choices.length > MAX_CHOICES || new Set(choices).size !== choices.length) {
        throw new DomainError('INVALID_INPUT', { detail: `${key}: a CHOICE question offers 2 to ${MAX_CHOICES} different choices` });
      }
    } else if (choices.length) {
      throw new DomainError('INVALID_INPUT', { detail: `${key}: only CHOICE questions have choices` });
    }
    return {
      key,
      questionZh: requireText(`${key}.questionZh`, draft.questionZh, 200),
      questionEn: requireText(`${key}.questionEn`, draft.questionEn, 200),
      answerType: draft.answerType,
      choices,
      required: draft.required,
      ordinal,
    };
  });
}
