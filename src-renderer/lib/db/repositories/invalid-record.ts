// A write refused because the record breaks a domain rule; `problems` name i18n keys per field.
export class InvalidRecordError<P extends object = Record<string, unknown>> extends Error {
  override readonly name = 'InvalidRecordError';
  constructor(readonly problems: P) {
    super(`Invalid record: ${Object.keys(problems).join(', ')}`);
  }
}
