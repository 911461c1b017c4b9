// Number words and units. "Nineteen people" = "19 people" (p03/p00), "two-kilometre" = "2
// kilometres" (p01/p00), "30-day" = "30 days" (seeds), "£1.2 million" = "£1,200,000" (p01/p03).

export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12, hundred: 100, a: 1,
};

/** Words that multiply the number before them. */
export const MULTIPLIERS: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12, m: 1e6, bn: 1e9, k: 1e3,
};

/** Vague amounts: "hundreds of families" (p02) is a range, not a figure. */
export const VAGUE_AMOUNTS: Record<string, [number, number]> = {
  dozens: [24, 120], hundreds: [200, 1000], thousands: [2000, 10000], millions: [2e6, 1e7], several: [3, 9], few: [2, 5],
};

/** Words that make a figure approximate or a bound. The range is relative to the figure. */
export const APPROXIMATORS: Record<string, [number, number]> = {
  about: [0.85, 1.15], around: [0.85, 1.15], some: [0.85, 1.15], roughly: [0.85, 1.15], approximately: [0.85, 1.15],
  nearly: [0.85, 1], almost: [0.85, 1], 'up to': [0, 1], 'more than': [1, 1.5], over: [1, 1.5], 'at least': [1, 1.5],
  'a few': [2, 9], 'several': [2, 9], 'fewer than': [0, 1], 'less than': [0, 1], under: [0, 1], 'as many as': [0.7, 1], 'as much as': [0.7, 1],
};

/** Measurement units: kind and factor to the kind's base unit (metres, days, pounds...). */
export const UNITS: Record<string, { kind: string; factor: number }> = {
  km: { kind: 'distance', factor: 1000 }, kilometre: { kind: 'distance', factor: 1000 }, kilometer: { kind: 'distance', factor: 1000 },
  metre: { kind: 'distance', factor: 1 }, meter: { kind: 'distance', factor: 1 }, m: { kind: 'distance', factor: 1 },
  mile: { kind: 'distance', factor: 1609 }, mi: { kind: 'distance', factor: 1609 }, yard: { kind: 'distance', factor: 0.914 },
  foot: { kind: 'distance', factor: 0.305 }, feet: { kind: 'distance', factor: 0.305 }, ft: { kind: 'distance', factor: 0.305 },
  second: { kind: 'duration', factor: 1 / 86400 }, minute: { kind: 'duration', factor: 1 / 1440 }, hour: { kind: 'duration', factor: 1 / 24 },
  day: { kind: 'duration', factor: 1 }, week: { kind: 'duration', factor: 7 }, month: { kind: 'duration', factor: 30 }, year: { kind: 'duration', factor: 365 },
  percent: { kind: 'percent', factor: 1 }, '%': { kind: 'percent', factor: 1 }, 'per cent': { kind: 'percent', factor: 1 },
  kg: { kind: 'mass', factor: 1 }, kilogram: { kind: 'mass', factor: 1 }, tonne: { kind: 'mass', factor: 1000 }, ton: { kind: 'mass', factor: 1000 },
  litre: { kind: 'volume', factor: 1 }, liter: { kind: 'volume', factor: 1 }, gallon: { kind: 'volume', factor: 3.785 },
  '£': { kind: 'money-gbp', factor: 1 }, pound: { kind: 'money-gbp', factor: 1 }, '$': { kind: 'money-usd', factor: 1 },
  dollar: { kind: 'money-usd', factor: 1 }, '€': { kind: 'money-eur', factor: 1 }, euro: { kind: 'money-eur', factor: 1 },
};
