/** Where a value sits in JSON text: the offsets of its first and one past its last character. */
export type TextRange = { start: number; end: number };

/**
 * Finds the value a server error names (questions.0.choices.1.adds.procedures.0) in the JSON the administrator
 * wrote, so that the error's link can select it in the editor. Where the path leaves the text (a member that is
 * missing), the deepest value found is returned; null when the text is not JSON up to there.
 */
export function locateJsonPath(text: string, path: string): TextRange | null {
  const segments = path === '' ? [] : path.split('.');
  let pos = 0;

  const skipSpace = () => {
    while (pos < text.length && /\s/.test(text.charAt(pos))) pos++;
  };

  // Returns the end of the string starting at pos (which must be a quote) and its decoded text.
  const readString = (): string | null => {
    const begin = pos;
    pos++;
    while (pos < text.length) {
      const c = text.charAt(pos);
      if (c === '\\') pos += 2;
      else if (c === '"') {
        pos++;
        try {
          const decoded: unknown = JSON.parse(text.slice(begin, pos));
          return typeof decoded === 'string' ? decoded : null;
        } catch {
          return null;
        }
      } else pos++;
    }
    return null;
  };

  // Moves pos past one value of any kind; false when the text is not JSON.
  const skipValue = (): boolean => {
    skipSpace();
    const c = text.charAt(pos);
    if (c === '"') return readString() !== null;
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      pos++;
      skipSpace();
      if (text.charAt(pos) === close) {
        pos++;
        return true;
      }
      for (;;) {
        skipSpace();
        if (c === '{') {
          if (text.charAt(pos) !== '"' || readString() === null) return false;
          skipSpace();
          if (text.charAt(pos) !== ':') return false;
          pos++;
        }
        if (!skipValue()) return false;
        skipSpace();
        const next = text.charAt(pos);
        pos++;
        if (next === close) return true;
        if (next !== ',') return false;
      }
    }
    const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(pos));
    if (!m) return false;
    pos += m[0].length;
    return true;
  };

  // Finds segment i inside the container at pos; returns the range of the deepest value reached.
  const descend = (i: number): TextRange | null => {
    skipSpace();
    const start = pos;
    const segment = segments[i];
    const c = text.charAt(pos);
    if (segment === undefined || (c !== '{' && c !== '[')) {
      if (!skipValue()) return null;
      return { start, end: pos };
    }
    const here = (): TextRange | null => {
      pos = start;
      return skipValue() ? { start, end: pos } : null;
    };
    const close = c === '{' ? '}' : ']';
    pos++;
    skipSpace();
    if (text.charAt(pos) === close) return here();
    for (let index = 0; ; index++) {
      skipSpace();
      let name = String(index);
      if (c === '{') {
        if (text.charAt(pos) !== '"') return null;
        const key = readString();
        if (key === null) return null;
        name = key;
        skipSpace();
        if (text.charAt(pos) !== ':') return null;
        pos++;
      }
      if (name === segment) return descend(i + 1);
      if (!skipValue()) return null;
      skipSpace();
      const next = text.charAt(pos);
      pos++;
      if (next === close) return here();
      if (next !== ',') return null;
    }
  };

  return descend(0);
}

/** Line (1-based) of an offset, for telling a screen-reader user where the selection went. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charAt(i) === '\n') line++;
  return line;
}
