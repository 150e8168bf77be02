// The attendance log and what is written in it (DESIGN §1), in three parts: the log's own rules (log.ts), the desk's
// actions (desk.ts) and the paper sheet's transcription (paper.ts). Import from here.
export * from './log';
export * from './desk';
export * from './paper';
