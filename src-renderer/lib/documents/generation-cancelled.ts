// Thrown by a document job that was cancelled (apart from the job's code, so screens can catch it without loading it).
export class GenerationCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}
