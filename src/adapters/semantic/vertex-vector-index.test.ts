import { describe, expect, it } from 'vitest';
import { similaritiesOf } from './vertex-vector-index.ts';

describe("Vector Search's distances read as similarities", () => {
  it('takes rising distances for negated dot products and falling ones for the products themselves', () => {
    expect(similaritiesOf([-0.9, -0.5, 0.1])).toEqual([0.9, 0.5, -0.1]);
    expect(similaritiesOf([0.9, 0.5, -0.1])).toEqual([0.9, 0.5, -0.1]);
    expect(similaritiesOf([-0.7])).toEqual([0.7]);
    expect(similaritiesOf([])).toEqual([]);
  });
});
