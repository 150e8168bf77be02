// Attendance reports of video calls: one reader for the app and for `npm run parse-attendance`.
export { AttendanceImportError, type AttendanceErrorCode } from './errors';
export { readAttendanceReport, MAX_REPORT_BYTES, type AttendanceReport, type ReadOptions, type ReportInterval, type ReportPerson, type ReportProblem, type ReportProblemCode } from './read';
export { type DateOrder } from './datetime';
export { type ReportRole } from './labels';
export { nameKey, cleanEmail } from './names';
export { attendanceErrorMessage, reportProblemLine, reportProblemMessage } from './messages';
