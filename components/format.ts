// Dates, spans and counts as the reader sees them, in the browser's own locale.
import { articleTime } from '@/lib/store/read';

const DAY = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const DAY_TIME = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

export function formatDay(time: number | string | undefined): string {
  if (time === undefined) return '';
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? '' : DAY.format(date);
}

export function formatDayTime(time: number | string | undefined): string {
  if (time === undefined) return '';
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? '' : DAY_TIME.format(date);
}

/** "14 Oct 2025" or "14 Oct 2025 – 16 Oct 2025": when the coverage appeared. */
export function formatSpan(articles: { published?: string; savedAt: number }[]): string {
  if (!articles.length) return '';
  const times = articles.map(articleTime).sort((a, b) => a - b);
  const [first, last] = [formatDay(times[0]), formatDay(times[times.length - 1])];
  return first === last ? first : `${first} – ${last}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A file name from a story label: "ferry-and-gravel-barge-collide.md". */
export function fileNameFor(label: string, extension: string): string {
  const slug = label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'triangulate'}.${extension}`;
}
