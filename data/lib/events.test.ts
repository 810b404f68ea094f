import { describe, expect, it } from 'vitest';
import { eventDate, formatSource, parseTextDate } from './events';

describe('event dates', () => {
  it('parses day and month dates out of text', () => {
    expect(parseTextDate('HSJ 2 Dec 2016')).toBe('2016-12-02');
    expect(parseTextDate('13 Feb 2017')).toBe('2017-02-13');
    expect(parseTextDate('Jul 2016')).toBe('2016-07');
    expect(parseTextDate('2017-09')).toBe('2017-09');
  });

  it('does not treat a bare year or a financial year as a date', () => {
    expect(parseTextDate('2019')).toBeNull();
    expect(parseTextDate('2016/17')).toBeNull();
    expect(parseTextDate('')).toBeNull();
  });

  it('takes publication date, then a date-valued row, then a month in the period', () => {
    expect(eventDate({ publicationDate: '13 Feb 2017', value: 'applied', unit: 'status', period: 'Feb 2017' })).toBe('2017-02-13');
    expect(eventDate({ publicationDate: '', value: '2017-09', unit: 'date (planned)', period: '2017/18' })).toBe('2017-09');
    expect(eventDate({ publicationDate: '2017', value: 'yes', unit: 'yes/no', period: 'Jun 2017' })).toBe('2017-06');
    expect(eventDate({ publicationDate: '', value: '', unit: '', period: '2016/17' })).toBeNull();
  });

  it('formats a source without repeating the date', () => {
    expect(formatSource('HSJ, "X"', '')).toBe('HSJ, "X"');
    expect(formatSource('Healthcare Leader, "Y"', '13 Feb 2017')).toBe('Healthcare Leader, "Y", 13 Feb 2017');
  });
});
