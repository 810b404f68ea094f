/** NHS Cumbria CCG, the one 2016 CCG split between two STPs (and, from April 2017, between two CCGs). */
export const CUMBRIA_CCG = 'E38000041';
/** The STP holding each part of NHS Cumbria CCG as the atlas cuts it (north: West, North and East Cumbria). */
export const CUMBRIA_PART_STP: Record<'north' | 'furness', string> = { north: 'E54000047', furness: 'E54000048' };
