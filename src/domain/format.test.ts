import { describe, expect, it } from 'vitest';
import { formatDate, formatDay, formatPercent, formatValue, isSummable, ordinal, periodLabel, shortAreaName, titleCase, unitLabel } from './format';

describe('formatValue', () => {
  it('formats £ millions with one decimal and thousands separators', () => {
    expect(formatValue(1004.54, 'gbp_m')).toBe('£1,004.5m');
    expect(formatValue(11.4, 'gbp_m')).toBe('£11.4m');
  });
  it('formats pounds as whole pounds', () => {
    expect(formatValue(195000, 'gbp')).toBe('£195,000');
  });
  it('rounds population to the nearest 100 as ONS asks', () => {
    expect(formatValue(504052, 'people')).toBe('504,100');
  });
  it('says "Not reported" for null, never 0', () => {
    expect(formatValue(null, 'gbp')).toBe('Not reported');
    expect(formatValue(Number.NaN, 'gbp_m')).toBe('Not reported');
  });
  it('keeps a real zero as zero', () => {
    expect(formatValue(0, 'gbp_m')).toBe('£0.0m');
  });
  it('labels categories', () => {
    expect(formatValue('yes', 'yesno', { categories: [{ value: 'yes', label: 'Yes' }] })).toBe('Yes');
  });
  it('formats per-head money in pounds', () => {
    expect(formatValue(412.3, 'gbp_m', { perHead: true })).toBe('£412');
    expect(formatValue(4.567, 'gbp_m', { perHead: true })).toBe('£4.57');
  });
});

describe('labels', () => {
  it('ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 44].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '44th']);
  });
  it('units', () => {
    expect(unitLabel('gbp_m')).toBe('£ million');
    expect(unitLabel('gbp_m', true)).toBe('£ per resident');
  });
  it('drops the NHS prefix', () => {
    expect(shortAreaName('NHS Surrey Downs CCG')).toBe('Surrey Downs CCG');
    expect(shortAreaName('Greater Manchester')).toBe('Greater Manchester');
  });
});

describe('dates, shares, periods and names', () => {
  it('reads ISO days and months as short English dates', () => {
    expect(formatDate('2016-12-02')).toBe('2 Dec 2016');
    expect(formatDate('2017-02')).toBe('Feb 2017');
    expect(formatDay(new Date(2017, 2, 31))).toBe('31 Mar 2017');
  });
  it('rounds a share to a whole percentage', () => {
    expect(formatPercent(0.436)).toBe('44%');
    expect(formatPercent(0.005)).toBe('1%');
  });
  it('labels a period, falling back to its key', () => {
    expect(periodLabel({ periodLabels: { '2015-16': '2015/16' } }, '2015-16')).toBe('2015/16');
    expect(periodLabel({ periodLabels: {} }, 'mid-2015')).toBe('mid-2015');
  });
  it('title-cases shouted trust names and leaves mixed case alone', () => {
    expect(titleCase('ROYAL FREE LONDON NHS FOUNDATION TRUST')).toBe('Royal Free London NHS Foundation Trust');
    expect(titleCase('BARTS HEALTH NHS TRUST AND THE CITY OF LONDON')).toBe('Barts Health NHS Trust and the City of London');
    expect(titleCase('Cumbria Partnership NHS Foundation Trust')).toBe('Cumbria Partnership NHS Foundation Trust');
    expect(titleCase("GUY'S AND ST THOMAS' NHS FOUNDATION TRUST")).toBe("Guy's and St Thomas' NHS Foundation Trust");
    expect(titleCase('STOKE-ON-TRENT (NORTH) NHS TRUST')).toBe('Stoke-On-Trent (North) NHS Trust');
  });
});

describe('issue 13 units', () => {
  it('formats shares and scores to one decimal, and sums only money and people', () => {
    expect(formatValue(67.81, 'percent')).toBe('67.8%');
    expect(formatValue(51.549, 'score')).toBe('51.5');
    expect(formatValue(null, 'percent')).toBe('Not reported');
    expect(isSummable('percent')).toBe(false);
    expect(isSummable('score')).toBe(false);
    expect(isSummable('gbp_m')).toBe(true);
  });
});
