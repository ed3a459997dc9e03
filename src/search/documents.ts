/** What search shows for a result: kept apart from the index (lunr stores only refs). */
export interface SearchDocument {
  id: string;
  title: string;
  url: string;
  category: string;
  categoryUrl: string;
  keywords: string[];
  /** Plain text of the answer, for snippets. */
  readonly text: string;
}
