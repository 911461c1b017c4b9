// The one database handle an extension page uses for reading (writes go through the worker).
import { TriangulateDB } from '@/lib/store/db';

export const db = new TriangulateDB();
