/** Hands the browser a file made on the page, as a download with the given name. */
export function saveFile(name: string, text: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Makes a pack's Markdown or CSV; the code that writes them loads only when someone downloads. */
export async function packFile(
  format: 'md' | 'csv',
  title: string,
  questions: import('./pack-text').PackQuestion[],
  start = 1,
): Promise<{ text: string; type: string }> {
  const { packToCsv, packToMarkdown } = await import('./pack-export');
  const origin = window.location.origin;
  return format === 'csv'
    ? { text: packToCsv(questions, origin, start), type: 'text/csv;charset=utf-8' }
    : { text: packToMarkdown(title, questions, origin, start), type: 'text/markdown;charset=utf-8' };
}
