/** A problem found in the data, named by file and record so that a person can go and fix it. */
export interface DataIssue {
  file: string;
  /** The record's id, or `#index` when it has none. */
  record?: string;
  message: string;
}

export function formatIssue(issue: DataIssue): string {
  return `${issue.file}${issue.record ? ` [${issue.record}]` : ''}: ${issue.message}`;
}
