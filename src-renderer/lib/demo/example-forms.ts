// The two real exchange forms that ship with Ospita in docs/examples/: the demo data is built from them, the
// tests read them, and a user can open them to try an import.

export const EXAMPLES_FOLDER = 'docs/examples';

/** The file names, as in docs/examples/ (the San Rocco visit of Monza, then the Patti di Cittadinanza workshop). */
export const EXAMPLE_FORMS = ['scheda-co-progettazione-terzo-settore.txt', 'scheda-patti-di-cittadinanza.txt'] as const;
export type ExampleFormName = (typeof EXAMPLE_FORMS)[number];

export interface ExampleForm {
  fileName: string;
  text: string;
}
