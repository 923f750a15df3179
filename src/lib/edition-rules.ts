/**
 * Integrity rules for council editions (`content/editions/<council>/`), as pure functions so fixtures can test them.
 * Each problem names the file and the field, and says what to do, so a council can add itself without help.
 */
import { existsSync, readdirSync } from 'node:fs';
import { EDITION_NAME, EDITION_PARTS, editionFiles, editionNames } from './editions';
import type { CollectionsLike, EntryLike, Problem } from './integrity';

/** The edition folder a content file is in (`…/editions/walsall/recommendations/x.mdx` → `walsall`). */
export function editionOfFile(file: string | undefined): string | undefined {
  return file ? /(?:^|\/)editions\/([^/]+)\/(?:inspections|recommendations|sources)\//.exec(file)?.[1] : undefined;
}

const refId = (value: unknown) =>
  typeof value === 'string' ? value : value && typeof value === 'object' && 'id' in value ? String(value.id) : undefined;
const fileOf = (collection: string, entry: EntryLike) => entry.filePath ?? `content/${collection}/${entry.id}`;

/** Edition folders: a slug name, a `council.mdx`, and nothing but `inspections/`, `recommendations/` and `sources/` beside it. */
export function editionFolderProblems(dir: string, editions = editionNames(dir)): Problem[] {
  const problems: Problem[] = [];
  for (const name of editions) {
    const folder = `${dir}/${name}`;
    if (!EDITION_NAME.test(name)) {
      problems.push({
        file: `${folder}/`,
        field: 'folder name',
        message: `"${name}" is not a usable edition name: use lower-case letters, digits and hyphens, e.g. "telford-and-wrekin"`,
      });
    }
    if (!existsSync(`${folder}/council.mdx`) && !existsSync(`${folder}/council.md`)) {
      problems.push({
        file: `${folder}/${EDITION_PARTS.council}`,
        field: 'file',
        message: `is missing: every edition folder needs one. Run: npm run new:council -- --id ${name} --name "…" --place "…"`,
      });
    }
    for (const entry of existsSync(folder) ? readdirSync(folder, { withFileTypes: true }) : []) {
      const known = entry.isDirectory()
        ? [EDITION_PARTS.inspections, EDITION_PARTS.recommendations, EDITION_PARTS.sources].includes(entry.name as 'sources')
        : /^council\.mdx?$/.test(entry.name);
      if (!known && !entry.name.startsWith('.')) {
        problems.push({
          file: `${folder}/${entry.name}`,
          field: 'file',
          message:
            'is not part of an edition, so the build ignores it: an edition holds council.mdx, inspections/, recommendations/ and sources/ only',
        });
      }
    }
  }
  return problems;
}

/** The inspection, recommendation and source files of every edition, for the duplicate-id check. */
export function editionEntryFiles(
  dir: string,
  editions = editionNames(dir),
): Record<'inspections' | 'recommendations' | 'sources', string[]> {
  return {
    inspections: editions.flatMap((e) => editionFiles(e, 'inspections', dir)),
    recommendations: editions.flatMap((e) => editionFiles(e, 'recommendations', dir)),
    sources: editions.flatMap((e) => editionFiles(e, 'sources', dir)),
  };
}

/**
 * An inspection belongs to the council whose folder it is in; a recommendation's inspection is in its own folder.
 * (A recommendation filed under one council but made by another's inspection would appear in the wrong edition.)
 */
export function editionMembershipProblems(collections: CollectionsLike): Problem[] {
  const problems: Problem[] = [];
  const inspectionFolder = new Map<string, string | undefined>();
  for (const inspection of collections.inspections ?? []) {
    const folder = editionOfFile(inspection.filePath);
    inspectionFolder.set(inspection.id, folder);
    const council = refId(inspection.data.council);
    if (folder && council !== undefined && council !== folder) {
      problems.push({
        file: fileOf('inspections', inspection),
        field: 'council',
        message: `says "${council}", but the file is in the "${folder}" edition folder: write council: ${folder}, or move the file to content/editions/${council}/inspections/`,
      });
    }
  }
  for (const rec of collections.recommendations ?? []) {
    const folder = editionOfFile(rec.filePath);
    const inspection = refId(rec.data.inspection);
    if (!folder || inspection === undefined || !inspectionFolder.has(inspection)) continue;
    const other = inspectionFolder.get(inspection);
    if (other && other !== folder) {
      problems.push({
        file: fileOf('recommendations', rec),
        field: 'inspection',
        message: `"${inspection}" is an inspection of the "${other}" edition, but this file is in "${folder}": move the file to content/editions/${other}/recommendations/, or name an inspection in content/editions/${folder}/inspections/`,
      });
    }
  }
  return problems;
}

/** Two inspections with the same short name: pages name recommendations by it, so it must tell them apart. */
export function duplicateInspectionNames(inspections: EntryLike[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const inspection of inspections) {
    const name = (typeof inspection.data.name === 'string' ? inspection.data.name : '').trim().toLowerCase();
    if (!name) continue;
    const first = seen.get(name);
    if (first)
      problems.push({
        file: fileOf('inspections', inspection),
        field: 'name',
        message: `"${name}" is already the name of inspection "${first}": add the place and year, e.g. "Walsall 2017 Ofsted inspection"`,
      });
    else seen.set(name, inspection.id);
  }
  return problems;
}
