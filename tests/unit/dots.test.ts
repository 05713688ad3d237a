import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dotsLeft, rankLessons, spentDots } from '../../shared/activities/lessons/domain';

const lessons = [
  { id: 'l1', text: 'One' },
  { id: 'l2', text: 'Two' },
  { id: 'l3', text: 'Three' },
  { id: 'l4', text: 'Four' },
];

describe('rankLessons', () => {
  it('ranks by total dots and keeps the template order on ties', () => {
    const ranked = rankLessons(lessons, { a: { l3: 2, l2: 1 }, b: { l2: 1, l4: 2 } }, 3);
    expect(ranked.map((entry) => [entry.lesson.id, entry.dots, entry.rank])).toEqual([
      ['l2', 2, 1],
      ['l3', 2, 1],
      ['l4', 2, 1],
      ['l1', 0, 4],
    ]);
    expect(ranked[0]?.voters).toBe(2);
  });

  it('ignores a participant whose dots exceed the budget', () => {
    const ranked = rankLessons(lessons, { honest: { l1: 1 }, cheat: { l4: 9 } }, 3);
    expect(ranked[0]?.lesson.id).toBe('l1');
    expect(ranked.find((entry) => entry.lesson.id === 'l4')?.dots).toBe(0);
  });

  it('ignores dots on unknown lessons', () => {
    expect(rankLessons(lessons, { a: { gone: 2 } }, 3).every((entry) => entry.dots === 0)).toBe(
      true,
    );
  });

  it('property: stable, total preserved, and ordered by dots', () => {
    const dots = fc.dictionary(
      fc.stringMatching(/^[a-z]{1,4}$/),
      fc.dictionary(fc.constantFrom('l1', 'l2', 'l3', 'l4'), fc.nat({ max: 3 })),
    );
    fc.assert(
      fc.property(dots, (byParticipant) => {
        const ranked = rankLessons(lessons, byParticipant, 3);
        const counted = Object.values(byParticipant)
          .filter((d) => spentDots(d) <= 3)
          .reduce((acc, d) => acc + spentDots(d), 0);
        const sorted = ranked.every(
          (entry, i) => i === 0 || (ranked[i - 1]?.dots ?? 0) >= entry.dots,
        );
        const stable = ranked.every((entry, i) => {
          const previous = ranked[i - 1];
          if (previous === undefined || previous.dots !== entry.dots) return true;
          return lessons.indexOf(previous.lesson) < lessons.indexOf(entry.lesson);
        });
        return sorted && stable && ranked.reduce((acc, entry) => acc + entry.dots, 0) === counted;
      }),
    );
  });
});

describe('dot budget', () => {
  it('counts spent dots and what is left', () => {
    expect(spentDots({ a: 2, b: 1 })).toBe(3);
    expect(dotsLeft({ a: 2 }, 3)).toBe(1);
    expect(dotsLeft({ a: 5 }, 3)).toBe(0);
  });
});
