/** The file name at the end of a note URI, decoded ("file:///n/%EB%9E%8C%EB%8B%A4.md" → "람다.md"). */
export function fileName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
