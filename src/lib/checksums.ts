/** SHA-256 manifests of a built site, in the format `sha256sum --check` reads. */

/** One file of the built site and its digest. */
export interface FileDigest {
  /** Path relative to the site root, with `/` separators. */
  path: string;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
}

/** Sorts by path in code-unit order, which does not depend on the machine's locale. */
export function sortDigests(files: readonly FileDigest[]): FileDigest[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Renders `SHA256SUMS`: one `<hash>  <path>` line per file, sorted by path. */
export function formatSha256Sums(files: readonly FileDigest[]): string {
  return sortDigests(files)
    .map((f) => `${f.sha256}  ${f.path}\n`)
    .join('');
}

/** Parses a `SHA256SUMS` text back into digests; throws on a line not in the format. */
export function parseSha256Sums(text: string): FileDigest[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line, i) => {
      const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
      if (!match) throw new Error(`SHA256SUMS line ${i + 1} is not '<sha256>  <path>': ${line}`);
      return { sha256: match[1]!, path: match[2]! };
    });
}
