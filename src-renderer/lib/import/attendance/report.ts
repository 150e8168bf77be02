// What an attendance report is read into: the people with their intervals, the problems met, how dates were
// read. The reader (read.ts) fills it; the review screen and `npm run parse-attendance` use it.
import type { IsoDate, ReportPlatform } from '../../domain/types';
import type { DateOrder } from './datetime';
import type { ReportEncoding } from './decode';
import type { ReportRole } from './labels';

export interface ReportInterval {
  /** `yyyy-MM-ddTHH:mm`, this machine's time. */
  start: string;
  end: string;
}

export interface ReportPerson {
  name: string;
  /** Lower case; '' when the report has none. */
  email: string;
  role: ReportRole;
  /** Sorted, merged where they overlap or touch, rounded to the minute. */
  intervals: ReportInterval[];
  /** Minutes in the call: the union of the intervals. */
  minutes: number;
  /** Other forms of the name seen for this person (for matching; not part of the command-line output). */
  aliases: string[];
}

export type ReportProblemCode =
  | 'noName'
  | 'noTime'
  | 'badTime'
  | 'endBeforeStart'
  | 'incomplete'
  | 'waitingRoom'
  | 'otherDay'
  | 'openInterval'
  | 'firstLastOnly'
  | 'dateOrderAssumed'
  | 'dateOrderConflict';

export interface ReportProblem {
  /** Line of the file (row of the sheet); 0 for the file as a whole. */
  row: number;
  code: ReportProblemCode;
  params?: Record<string, string | number>;
}

export interface DateOrderReading {
  order: DateOrder;
  /** 'data': a day above 12 settles it; 'locale': the report's language or clock; 'assumed': nothing settles it. */
  decided: 'given' | 'data' | 'locale' | 'assumed' | 'none';
}

export interface AttendanceReport {
  platform: ReportPlatform;
  meeting: { title: string; date: IsoDate };
  people: ReportPerson[];
  problems: ReportProblem[];
  dateOrder: DateOrderReading;
  format: 'csv' | 'xlsx';
  encoding: ReportEncoding | null;
}

export interface ReadOptions {
  /** Read numeric dates in this order whatever the file suggests (the coordinator chose it). */
  dateOrder?: DateOrder;
  /** The meeting's day, for a report that gives only times of day. */
  day?: IsoDate;
}
