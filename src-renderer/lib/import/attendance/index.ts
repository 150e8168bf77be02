// Attendance reports of video calls: one reader for the app and for `npm run parse-attendance`.
export { AttendanceImportError, type AttendanceErrorCode } from './errors';
export { readAttendanceReport, MAX_REPORT_BYTES } from './read';
export type { AttendanceReport, ReadOptions, ReportInterval, ReportPerson, ReportProblem, ReportProblemCode } from './report';
export { type DateOrder } from './datetime';
export { type ReportRole } from './labels';
export { nameKey, cleanEmail } from './names';
export { attendanceErrorMessage, reportProblemLine, reportProblemMessage } from './messages';
