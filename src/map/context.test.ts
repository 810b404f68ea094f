import { describe, expect, it } from 'vitest';
import { testGeography } from '../data/test-atlas';
import { isDimmed } from './context';

const SURREY_HEARTLANDS = 'E54000035';
const SURREY_DOWNS_CCG = 'E38000177';
const CUMBRIA_CCG = 'E38000041';

describe('isDimmed', () => {
  const ccg = testGeography('ccg');
  it('dims the CCGs outside a selected STP on the CCG map', () => {
    expect(isDimmed({ area: SURREY_HEARTLANDS }, ccg, SURREY_DOWNS_CCG)).toBe(false);
    expect(isDimmed({ area: SURREY_HEARTLANDS }, ccg, CUMBRIA_CCG)).toBe(true);
    expect(isDimmed({ area: 'E54000048' }, ccg, CUMBRIA_CCG)).toBe(false);
  });
  it('dims nothing when a CCG, an STP on the STP map, or nothing is selected', () => {
    expect(isDimmed({ area: SURREY_DOWNS_CCG }, ccg, CUMBRIA_CCG)).toBe(false);
    expect(isDimmed({ area: SURREY_HEARTLANDS }, testGeography('stp'), 'E54000007')).toBe(false);
    expect(isDimmed({ area: null }, ccg, CUMBRIA_CCG)).toBe(false);
  });
});
