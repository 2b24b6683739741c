import { describe, expect, it } from 'vitest';
import { findDateline } from '../../../shared/extract/dateline.ts';
import { findDates, parseDay } from '../../../shared/extract/text/dates.ts';
import { tokenize } from '../../../shared/extract/text/tokens.ts';
import { extract, summary, summaryOf } from './helpers.ts';

const dates = (text: string, ref: string) => {
  const { tokens } = tokenize(text);
  return findDates(tokens, [{ first: 0, last: tokens.length, paragraph: 0 }], parseDay(ref))[0]!.map((d) => d.value);
};

describe('dates', () => {
  it('resolves weekdays into the past, never forward', () => {
    // 2024-04-17 is a Wednesday.
    expect(dates('It happened on Wednesday.', '2024-04-17')).toEqual(['2024-04-17']);
    expect(dates('It happened on Thursday.', '2024-04-17')).toEqual(['2024-04-11']);
    expect(dates('It happened last Wednesday.', '2024-04-17')).toEqual(['2024-04-10']);
  });

  it('dates a season to the year the text is in, and a season before a year to that year', () => {
    expect(dates('The brigade arrived in March 1961 and went home in the autumn.', '2023-01-01')).toEqual([
      '1961-03',
      '1961',
    ]);
    expect(dates('They left that spring.', '2023-01-01')).toEqual([]);
    expect(dates('The line held until 1951; that spring the last units left.', '2023-01-01')).toEqual(['1951', '1951']);
    expect(dates('The units left in spring 1975.', '2023-01-01')).toEqual(['1975']);
    expect(dates('They arrived in May 1950. The following spring they left.', '2023-01-01')).toEqual([
      '1950-05',
      '1951',
    ]);
    expect(dates('By July 1780 the town had been empty since the previous autumn.', '2023-01-01')).toEqual([
      '1780-07',
      '1779',
    ]);
    expect(dates('It will be done this summer.', '2023-05-01')).toEqual(['2023']);
    expect(dates('After the fall of Saigon in 1975 the fall of prices followed.', '2023-01-01')).toEqual(['1975']);
  });

  it('gives a year-less date the year that puts it in the past', () => {
    expect(dates('signed on September 28', '2024-04-17')).toEqual(['2023-09-28']);
    expect(dates('on Feb. 2', '2022-02-11')).toEqual(['2022-02-02']);
  });

  it('reads "the 1st of August 1958", months listed before one year, and a span\'s years', () => {
    expect(dates('effective from the 1st of August 1958', '2023-01-01')).toEqual(['1958-08-01']);
    expect(dates('in March and July of 1991', '2023-01-01')).toEqual(['1991-03', '1991-07']);
    expect(dates('in May, June and July 1940', '2023-01-01')).toEqual(['1940-05', '1940-06', '1940-07']);
    expect(dates('from 1916 to 1924', '2023-01-01')).toEqual(['1916', '1924']);
  });

  it('reads a month and a year set off by a comma as that month, and a count after such a comma as no year', () => {
    expect(dates('the force that arrived in November, 1956, left', '2023-01-01')).toEqual(['1956-11']);
    expect(dates('were sent to the island in July, 1987.', '2023-01-01')).toEqual(['1987-07']);
    expect(dates('by March, 1962 and the spring', '2023-01-01')).toEqual(['1962-03']);
    expect(dates('By May, 1800 soldiers had arrived', '2023-01-01')).not.toContain('1800-05');
  });

  it('gives the first day of a range or pair of days the year stated after the second', () => {
    expect(dates('between 12 March and 9 April 1951', '2023-01-01')).toEqual(['1951-03-12', '1951-04-09']);
    expect(dates('from August 3 to September 14, 1962', '2023-01-01')).toEqual(['1962-08-03', '1962-09-14']);
    expect(dates('on 2 May and 6 June 1944', '2023-01-01')).toEqual(['1944-05-02', '1944-06-06']);
    // Not a range: a day and a month with no day after the link keeps the year-less reading.
    expect(dates('on 2 May and in June 1944', '2023-01-01')).toEqual(['2022-05-02', '1944-06']);
  });

  it('dates year-less days by the year the paragraph stated, also in a text with no date of its own', () => {
    const { tokens } = tokenize('The coup failed in August 1991. On the evening of December 25, he resigned.');
    const spans = [{ first: 0, last: tokens.length, paragraph: 0 }];
    expect(findDates(tokens, spans, undefined)[0]!.map((d) => d.value)).toEqual(['1991-08', '1991-12-25']);
  });

  it('keeps the precision the text states', () => {
    expect(dates('in August 1968', '2021-07-01')).toEqual(['1968-08']);
    expect(dates('in 2019', '2021-07-01')).toEqual(['2019']);
    expect(dates('15 February 2016', '2023-01-01')).toEqual(['2016-02-15']);
    expect(dates('in mid-September 2015', '2023-01-01')).toEqual(['2015-09']);
    expect(dates('last month', '2024-01-10')).toEqual(['2023-12']);
    expect(dates('May 8 last year', '2024-02-13')).toEqual(['2023-05-08']);
  });

  it('skips a parenthetical between day and year', () => {
    expect(
      dates('signed on November 10 (November 9 according to Moscow time - TASS), 2020, was', '2024-04-17')[0],
    ).toBe('2020-11-10');
  });

  it('resolves relative expressions against the previous date', () => {
    expect(dates('started on Oct. 14, 1987, and from Bulgaria the following month.', '2021-07-01')).toEqual([
      '1987-10-14',
      '1987-11',
    ]);
    // With no earlier date, "of that year" falls back to the month nearest before the reference.
    expect(dates('By the end of December of that year', '2021-07-01')).toEqual(['2020-12']);
    expect(dates('On June 3, 1991, it began. By the end of December of that year it was over.', '2021-07-01')).toEqual([
      '1991-06-03',
      '1991-12',
    ]);
  });

  it('rejects impossible days', () => {
    expect(dates('on February 30, 2022', '2022-05-01')).toEqual([]);
  });
});

describe('dateline', () => {
  it('reads wire datelines and resolves the year against publication', () => {
    expect(findDateline('Title\n\nBAKU, April 17. /TASS/. The decision', '2024-04-17')).toMatchObject({
      city: 'BAKU',
      date: '2024-04-17',
    });
    expect(findDateline('Title\n\nWASHINGTON, Feb 2 (Worldwire) - President', '2022-02-02')).toMatchObject({
      date: '2022-02-02',
    });
    expect(findDateline('T\n\nSTUTTGART, Germany, Sept. 16, 2024 - The', undefined)).toMatchObject({
      city: 'STUTTGART',
      date: '2024-09-16',
    });
    expect(findDateline("T\n\nN'DJAMENA, Jan 30 (Worldwire) - France", '2025-01-30')).toMatchObject({
      date: '2025-01-30',
    });
  });

  it('given a state named with its article ("MANILA, the Philippines, May 4 —"), then the dateline and its date', () => {
    expect(findDateline('MANILA, the Philippines, May 4 — Marines landed here.', '1999-05-05')).toMatchObject({
      city: 'MANILA',
      date: '1999-05-04',
    });
    expect(findDateline('BANJUL, the Gambia — Troops arrived.', '2017-01-20')).toMatchObject({ city: 'BANJUL' });
  });

  it('given "the" opening a lower-case phrase after the city, then no dateline', () => {
    expect(findDateline('MANILA, the city said on May 4 — x', '1999-05-05')).toBeUndefined();
  });

  it('places a dateline after the publication date in the year before', () => {
    expect(findDateline('T\n\nMOSCOW, Dec 26 (Wire) - x', '2022-01-03')?.date).toBe('2021-12-26');
  });

  it('finds none in plain prose', () => {
    expect(findDateline('The Security Council this morning extended the mandate.', '2023-12-19')).toBeUndefined();
  });
});

describe('dates at the edges of the text', () => {
  it.each(['Later that day.', 'Following talks, troops left.', 'Next Monday.', 'Last month troops arrived.', 'Today.'])(
    'reads %j at the very start without failing',
    (text) => {
      expect(() => dates(text, '2024-04-17')).not.toThrow();
    },
  );
});

describe('a paragraph that states an earlier year', () => {
  const inParagraph = (text: string, ref: string) => {
    const { tokens, sentences } = tokenize(text);
    return findDates(tokens, sentences, parseDay(ref))
      .flat()
      .map((d) => d.value);
  };

  it('gives that year to later month-day dates of the paragraph', () => {
    expect(inParagraph('From August 2010, units left. The last brigades departed on 19 August.', '2023-06-25')).toEqual(
      ['2010-08', '2010-08-19'],
    );
  });

  it('still resolves weekdays and relative dates against the article date', () => {
    expect(inParagraph('Rwandan troops arrived in July 2021. Russian forces left on Friday.', '2023-10-03')).toEqual([
      '2021-07',
      '2023-09-29',
    ]);
  });
});

describe('a span of time after the last date', () => {
  const inText = (text: string) => {
    const { tokens, sentences } = tokenize(text);
    return findDates(tokens, sentences, undefined)
      .flat()
      .map((d) => d.value);
  };

  it('counts days, weeks, months or years on from the date before, as precisely as both allow', () => {
    expect(inText('The siege began in March 1991. Eight months later, the garrison left.')).toEqual([
      '1991-03',
      '1991-11',
    ]);
    expect(inText('Talks opened on 30 December 1990. Two weeks later the troops moved.')).toEqual([
      '1990-12-30',
      '1991-01-13',
    ]);
    expect(inText('The pact was signed in 1955. A year later it was extended.')).toEqual(['1955', '1956']);
    expect(inText('The fort fell in 1861. Three days later the army marched.')).toEqual(['1861']);
  });
});

describe('"the same day", "the same month", "the same year"', () => {
  const inText = (text: string) => {
    const { tokens, sentences } = tokenize(text);
    return findDates(tokens, sentences, undefined)
      .flat()
      .map((d) => d.value);
  };

  it('names the date before, as precisely as the unit says and the date allows', () => {
    expect(inText('The raid began on 3 May 1970. Troops crossed the river the same day.')).toEqual([
      '1970-05-03',
      '1970-05-03',
    ]);
    expect(inText('The truce was signed on 3 May 1970. The garrison left the same month.')).toEqual([
      '1970-05-03',
      '1970-05',
    ]);
    expect(inText('The truce was signed in 1970. The garrison left the same day.')).toEqual(['1970']);
  });
});

describe('dates that modify another noun', () => {
  it('given "the November 27 truce" in a withdrawal, then the withdrawal takes the report date', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'Israeli forces withdrew from the town of Marjayoun in the second handover under the November 27 truce.',
        '2024-12-20',
      ),
    ).toEqual(['WithdrawalBegun|Israel|Marjayoun|2024-12-20']);
  });

  it('keeps a date after a preposition the event date', () => {
    expect(
      summaryOf('WithdrawalBegun', 'Israeli forces withdrew from the town of Marjayoun on December 18.', '2024-12-20'),
    ).toEqual(['WithdrawalBegun|Israel|Marjayoun|2024-12-18']);
  });
});

describe('dates of other happenings in a sentence told in the present', () => {
  it('given a participle clause with its own date after the trigger, then the report date is the event date', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'The Pentagon approves a plan to send 450 U.S. troops to Niger, reversing a decision to pull them out in late 2019.',
        '2021-03-02',
      ),
    ).toEqual(['DeploymentAnnounced|United States|Niger|2021-03-02|450']);
  });

  it('keeps a date stated in the main clause before such a participle', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Spain sent 500 troops to Lebanon in May 2006, ending a long absence.',
        '2021-03-02',
      ),
    ).toEqual(['DeploymentAnnounced|Spain|Lebanon|2006-05|500']);
  });

  it('given a digest sentence in the present after a background date, then the report date is kept', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'After a ceasefire in August 2021, the Armenian army withdraws from Lachin.',
        '2021-10-01',
      ),
    ).toEqual(['WithdrawalBegun|Armenia|Lachin|2021-10-01']);
  });
});

describe('dates paired by "respectively"', () => {
  it('given two subjects and two dates with "respectively", then each subject takes its own date', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'The Rural Party and the Labour Front dissolved themselves on 27 June 1933 and 5 July 1933 respectively.',
      ).sort(),
    ).toEqual(['EntityDissolved|Labour Front|1933-07-05', 'EntityDissolved|Rural Party|1933-06-27']);
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The last Cuban troops left Angola and Ethiopia on 25 May and 10 September 1991 respectively.',
      ),
    ).toEqual(['WithdrawalBegun|Cuba|Angola|1991-05-25', 'WithdrawalBegun|Cuba|Ethiopia|1991-09-10']);
  });

  it('given no "respectively", then both share the date stated', () => {
    expect(
      summaryOf('EntityDissolved', 'The Rural Party and the Labour Front dissolved themselves on 27 June 1933.').sort(),
    ).toEqual(['EntityDissolved|Labour Front|1933-06-27', 'EntityDissolved|Rural Party|1933-06-27']);
  });
});

describe('a year-less day before a dated one', () => {
  it('given "on 27 September and … on 12 October 1919", then both days are of 1919', () => {
    expect(
      summaryOf(
        'WithdrawalBegun',
        'The last Dutch troops left Arkhangelsk on 27 September and Herat on 12 October 2010.',
        '2011-01-01',
      ),
    ).toEqual(['WithdrawalBegun|Netherlands|Archangel|2010-09-27', 'WithdrawalBegun|Netherlands|Herat|2010-10-12']);
  });
});

describe('the date of a vote called in the same sentence', () => {
  it('given "dissolved …, and elections were called for June", then the dissolution keeps its own date', () => {
    expect(
      summaryOf(
        'EntityDissolved',
        'Parliament was dissolved by decree on 3 March 2022, and elections were called for June.',
        '2022-03-05',
      ),
    ).toEqual(['EntityDissolved|Parliament|2022-03-03']);
  });
});

describe('dates counted back from the report', () => {
  it('given "N years ago" or "N months ago", then that far before the report, to the year or month', () => {
    expect(dates('The troops arrived 14 years ago.', '2017-06-30')).toEqual(['2003']);
    expect(dates('The troops arrived two months ago.', '2017-06-30')).toEqual(['2017-04']);
    expect(dates('The troops arrived a few days ago.', '2017-06-30')).toEqual([]);
  });

  it('given "a year ago, on <date>", then only the precise date beside it', () => {
    expect(dates('They left a year ago, on Aug. 31, 1993.', '1994-08-31')).toEqual(['1993-08-31']);
  });
});

describe('a clause set "N years after" another date', () => {
  it('given "ended on D, 14 years after it arrived in X", then the arrival is dated 14 years before D', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 30 June 2017 the mission ended, 14 years after Fijian troops arrived in Bougainville.',
        '2017-07-01',
      ),
    ).toEqual(['DeploymentAnnounced|Fiji|Bougainville|2003|null']);
  });

  it('given "on D, nine days after" or "two weeks after", then the clause is dated that many days before D', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 30 June 2017 the mission ended, nine days after Fijian troops arrived in Bougainville.',
        '2017-07-01',
      ),
    ).toEqual(['DeploymentAnnounced|Fiji|Bougainville|2017-06-21|null']);
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 30 June 2017 the mission ended, two weeks after Fijian troops arrived in Bougainville.',
        '2017-07-01',
      ),
    ).toEqual(['DeploymentAnnounced|Fiji|Bougainville|2017-06-16|null']);
  });

  it('given a span of days after a date told only to the month, then it dates nothing', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'In June 2017 the mission ended, nine days after Fijian troops arrived in Bougainville.',
        '2017-07-01',
      ),
    ).toEqual(['DeploymentAnnounced|Fiji|Bougainville|2017-06|null']);
  });

  it('given a rough span ("less than three months after"), then it dates nothing', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'On 30 June 2017 the mission ended, less than three months after Fijian troops arrived in Bougainville.',
        '2017-07-01',
      ),
    ).toEqual(['DeploymentAnnounced|Fiji|Bougainville|2017-06-30|null']);
  });
});

describe('dates: a weekday counted back from the report keeps its own year', () => {
  it('given "on Wednesday" and a later date with another year in the sentence, then the weekday stays in the report\'s year', () => {
    expect(dates('The army completed on Wednesday its pullout, which began on 15 May 1988.', '1989-02-16')).toEqual([
      '1989-02-15',
      '1988-05-15',
    ]);
  });
});

describe('dates: a founding year is background', () => {
  it('given "a state founded in 1922" before a year-less month, then the month takes the report\'s year', () => {
    expect(dates('The vote ended a state founded in 1922. The pact was disbanded in June.', '1991-12-27')).toEqual([
      '1922',
      '1991-06',
    ]);
  });

  it('given a year of the story before a year-less month, then the month takes that year', () => {
    expect(dates('The war began in 1980. The pact was disbanded in June.', '1991-12-27')).toEqual(['1980', '1980-06']);
  });
});

describe("dates: a year closing a document's name is part of the name", () => {
  it('given "the Harbour Treaty of 1931" after a dated day, then a later year-less day keeps the story\'s year', () => {
    expect(
      dates(
        'On 3 March 1952 a battalion landed under the Harbour Treaty of 1931. A second one landed on 9 March.',
        '2020-01-01',
      ),
    ).toEqual(['1952-03-03', '1931', '1952-03-09']);
  });

  it('given a happening named with its year ("the Border War of 1931"), then later year-less days take that year', () => {
    expect(dates('The Border War of 1931 broke out. Troops landed on 9 March.', '2020-01-01')).toEqual([
      '1931',
      '1931-03-09',
    ]);
  });

  it('given a deployment under "the Harbour Treaty of 1931", then its date is the report\'s, not the treaty\'s', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'Dutch troops began landing at Sorong under the terms of the Harbour Treaty of 1931.',
        '1952-03-03',
      ),
    ).toEqual(['DeploymentAnnounced|Netherlands|Sorong|1952-03-03|null']);
  });
});

describe('dates: a year told in the past perfect looks back', () => {
  it('given "who had been ousted in 1958" after a dated day, then a later year-less day keeps the story\'s year', () => {
    expect(
      dates(
        'On May 2, 1961, officers rebelled against the regent, who had been ousted in 1958. Troops landed on May 9.',
        '2020-01-01',
      ),
    ).toEqual(['1961-05-02', '1958', '1961-05-09']);
  });

  it("given an undated page, then a sentence with no date of its own takes the story's date, not the past perfect's", () => {
    expect(
      summary(
        extract(
          'On May 2, 1961, officers rebelled against the regent, who had been ousted in 1958. Ruritania asked for help. Brazil and Chile contributed troops to the Dominican Republic.',
        ),
      ),
    ).toEqual([
      'DeploymentAnnounced|Chile|Dominican Republic|1961-05-02|null',
      'DeploymentAnnounced|Brazil|Dominican Republic|1961-05-02|null',
    ]);
  });

  it('given "was ousted in 1958" in the simple past, then later year-less days take 1958', () => {
    expect(dates('The regent was ousted in 1958. Troops landed on May 9.', '2020-01-01')).toEqual([
      '1958',
      '1958-05-09',
    ]);
  });
});

describe('dates: "the previous <month>" counts back from the date the text is at', () => {
  it('given "July 11, 1780 … the previous October", then October 1779', () => {
    expect(
      dates('The force reached Newport on July 11, 1780; the garrison had left the previous October.', '2000-01-01'),
    ).toEqual(['1780-07-11', '1779-10']);
  });

  it('given "the previous December" after a dated year, then later year-less dates keep that year', () => {
    expect(
      dates('The mission began on 4 March 1964, after riots the previous December. It grew on 27 March.', '2000-01-01'),
    ).toEqual(['1964-03-04', '1963-12', '1964-03-27']);
  });

  it('given "February 3, 2019 … the previous January", then January 2019', () => {
    expect(
      dates('The force arrived on 3 February 2019. The garrison had left the preceding January.', '2020-01-01'),
    ).toEqual(['2019-02-03', '2019-01']);
  });
});

describe('dates: a weekday before a date', () => {
  it('given "Thursday, July 31" in a report of Wednesday July 30, then July 31, not the Thursday before', () => {
    expect(dates('The mandate ends with effect from Thursday, July 31.', '2008-07-30')).toEqual(['2008-07-31']);
  });

  it('given "Monday 21 July", then that day, not the Monday just before the report', () => {
    expect(dates('The force left on Monday 21 July.', '2008-07-30')).toEqual(['2008-07-21']);
  });

  it('given a weekday alone, then the last such day up to the report', () => {
    expect(dates('The council voted on Wednesday.', '2008-07-30')).toEqual(['2008-07-30']);
  });
});

describe('dates: "last year" is background', () => {
  it('given "on July 25 last year … In February", then February of the report\'s year', () => {
    expect(
      dates('He suspended parliament on July 25 last year. In February he dissolved the council.', '2022-03-30'),
    ).toEqual(['2021-07-25', '2022-02']);
  });
});

describe('dateline without a date', () => {
  it('given "MANAMA, Bahrain – …", then a dateline with its city and no date', () => {
    const d = findDateline('MANAMA, Bahrain – A submarine arrived on Nov. 5.', '2023-11-06');
    expect(d).toMatchObject({ city: 'MANAMA' });
    expect(d?.date).toBeUndefined();
  });

  it('given "PORT-AU-PRINCE, Haiti (AP) — …", then its city', () => {
    expect(findDateline('PORT-AU-PRINCE, Haiti (AP) — Police arrived.', '2024-06-26')).toMatchObject({
      city: 'PORT-AU-PRINCE',
    });
  });

  it('given "BANGKOK (AP) -- …" with the two hyphens of a typewritten dash, then its city', () => {
    expect(findDateline('BANGKOK (AP) -- The alliance ended today.', '1977-06-30')).toMatchObject({ city: 'BANGKOK' });
  });

  it('given "a -- b" in running text, then no dateline', () => {
    expect(findDateline('The talks -- held in Geneva -- ended today.', '1977-06-30')).toBeUndefined();
  });

  it('given an undated dateline, then its state is not the actor of the first sentence', () => {
    expect(
      summaryOf(
        'DeploymentAnnounced',
        'MANAMA, Bahrain – A destroyer arrived in the Red Sea on Nov. 5 after transiting the Suez Canal.',
        '2023-11-06',
      ),
    ).toEqual([]);
  });
});

describe('dates: feast days with a year, and a part of "that year"', () => {
  it('given "on Christmas Day 1978" or "New Year\'s Eve, 1999", then that day', () => {
    expect(dates('The army crossed the river on Christmas Day 1978.', '1989-09-26')).toEqual(['1978-12-25']);
    expect(dates("The garrison left on New Year's Eve, 1999, at dusk.", '2005-01-01')).toEqual(['1999-12-31']);
    expect(dates("It opened on New Year's Day 1960 and on Christmas Eve 1961.", '2005-01-01')).toEqual([
      '1960-01-01',
      '1961-12-24',
    ]);
  });

  it('given a feast day with no year, or a feast that is a name, then no date', () => {
    expect(dates('The army crossed the river on Christmas Day.', '1989-09-26')).toEqual([]);
    expect(dates('The Christmas Island garrison left in 1978.', '1989-09-26')).toEqual(['1978']);
  });

  it('given "at the end of that year" after a dated day, then December of that day\'s year', () => {
    expect(dates('The pact ended on 1 July 1991, and the union ended at the end of that year.', '2005-01-01')).toEqual([
      '1991-07-01',
      '1991-12',
    ]);
    expect(dates('It began in March 1950 and at the beginning of that year the talks failed.', '2005-01-01')).toEqual([
      '1950-03',
      '1950-01',
    ]);
  });

  it('given "the end of that year" with no date before, or "the end of that war", then no date', () => {
    expect(dates('The union ended at the end of that year.', '2005-01-01')).toEqual([]);
    expect(dates('The pact ended on 1 July 1991, before the end of that war.', '2005-01-01')).toEqual(['1991-07-01']);
  });
});
