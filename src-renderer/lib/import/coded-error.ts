// A file an importer refuses: `code` names the catalogue message that says what is wrong and how to put it right,
// `params` fill it in. Each importer has its own subclass and codes (participants, attendance reports).
export class CodedImportError<Code extends string> extends Error {
  constructor(
    readonly code: Code,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
  }
}
