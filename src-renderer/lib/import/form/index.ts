// The exchange-form parser: one pure module for the app and the command line.
export { parseFormText, SOURCE_OF, type FormParseResult, type FormSource, type ParsedOffer, type ParsedOfferKey, type ParseOptions } from './parse';
export type { FormWarning, FormWarningCode, FormWarningParams } from './warnings';
export { formImportErrorMessage, formWarningMessage } from './messages';
export { readFormFile, formFileText, decodeText, FORM_ACCEPT, FORM_EXTENSIONS, type ReadForm } from './read';
export { FormImportError, type FormImportErrorCode, type FormImportErrorReason } from './errors';
export { FIELD_LABELS, type FormField } from './labels';
export { htmlToText } from './docx';
export { offerDraftFromForm } from './to-offer';
