import { domainErrorOf as errorOf } from '@houqin/platform-errors';
import { assertTaskOpen, PmTaskStatus as S } from './pm-task-status';

describe('PM task status', () => {
  it('lets scheduled and deferred tasks be completed, skipped or deferred', () => {
    for (const status of [S.SCHEDULED, S.DEFERRED])
      for (const action of ['complete', 'skip', 'defer'] as const) expect(() => assertTaskOpen(status, action)).not.toThrow();
  });

  it('keeps done and skipped tasks as they are', () => {
    const done = errorOf(() => assertTaskOpen(S.DONE, 'skip'));
    expect(done.code).toBe('PM_TASK_CLOSED');
    expect(done.messages).toEqual({ 'zh-CN': '该保养任务已完成，不能再跳过', en: 'The PM task is already DONE and cannot be skipped' });
    expect(errorOf(() => assertTaskOpen(S.SKIPPED, 'complete')).messages['zh-CN']).toBe('该保养任务已跳过，不能再完成');
  });
});
