import { mergeIssueLines } from './issue-lines';

describe('mergeIssueLines', () => {
  it('sums repeated items and keeps the order of first mention', () => {
    expect(
      mergeIssueLines([
        { itemId: 'valve', quantity: 1 },
        { itemId: 'tap', quantity: 2 },
        { itemId: 'valve', quantity: 3 },
      ]),
    ).toEqual([
      { itemId: 'valve', quantity: 4 },
      { itemId: 'tap', quantity: 2 },
    ]);
  });

  it('returns nothing for nothing', () => {
    expect(mergeIssueLines([])).toEqual([]);
  });
});
