/** Where content lives: `content/`, or a fixture folder named by CONTENT_DIR (used by the integrity tests). */
export function contentRoot(): string {
  return (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');
}
