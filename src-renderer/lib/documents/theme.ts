// The look shared by the .docx and the HTML renderings, so a Word file and a printout agree.
export const DOC_THEME = {
  /** Word has no fallback list: Arial is on every office computer and close to Titillium's width. */
  docxFont: 'Arial',
  htmlFont: "'Titillium Web', Arial, Helvetica, sans-serif",
  /** Bootstrap Italia's primary blue and a darker shade for titles. */
  primary: '0066CC',
  primaryDark: '17324D',
  ink: '1A1A1A',
  muted: '5C6F82',
  line: 'A9B6C3',
  headerShading: 'E3EDF7',
  bodySize: 10.5,
  tableSize: 10,
  headingSizes: { 1: 18, 2: 13.5, 3: 11.5 },
} as const;
