import { describe, expect, it } from 'vitest';
import { remembered } from '../../../bot/conversation/remembered.js';

describe('remembered', () => {
  it('computes once per distinct argument, and again once the argument has been forgotten', () => {
    const calls: string[] = [];
    const square = remembered((x: { n: number }) => {
      calls.push(String(x.n));
      return x.n * x.n;
    }, 2);
    expect([square({ n: 2 }), square({ n: 2 }), square({ n: 3 })]).toEqual([4, 4, 9]);
    expect(calls).toEqual(['2', '3']);
    square({ n: 2 }); // most recently used now: 3 is the oldest
    square({ n: 4 }); // evicts 3
    square({ n: 2 });
    square({ n: 3 });
    expect(calls).toEqual(['2', '3', '4', '3']);
  });
});
