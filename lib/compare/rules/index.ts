// Every conflict rule, in the order their findings are preferred when two fire on one pair.
// Adding a rule: write rules/<kind>.ts with a test beside it and list it here.
import { attribution } from './attribution';
import { certainty } from './certainty';
import { date } from './date';
import { negation } from './negation';
import { number } from './number';
import { person } from './person';
import { place } from './place';
import { quantity } from './quantity';
import { role } from './role';
import { time } from './time';
import type { Rule } from './types';

export const RULES: Rule[] = [number, quantity, date, time, negation, attribution, person, role, place, certainty];

export type { Finding, Pair, Rule } from './types';
