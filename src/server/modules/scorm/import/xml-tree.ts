import { XMLParser, XMLValidator } from 'fast-xml-parser';

// imsmanifest.xml as a small element tree with line numbers, so every problem can say where it is.
// fast-xml-parser keeps document order (preserveOrder) and each element's start offset (captureMetaData);
// its validator names line and column for XML that does not parse.

export type XmlElement = {
  /** The name without its namespace prefix (`adlcp:scormtype` → `scormtype`). */
  name: string;
  /** Attributes by their name without prefix; `xml:base` keeps its prefix. */
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
};

export type XmlParseResult =
  | { ok: true; root: XmlElement }
  | { ok: false; line: number | null; column: number | null; message: string };

/** The text of a manifest: UTF-16 by its byte order mark, Windows-1252 when it says so, else UTF-8. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /encoding\s*=\s*["']([\w-]+)["']/i.exec(head)?.[1]?.toLowerCase();
  const label =
    declared && /^(iso-8859-1|latin1|windows-1252|cp1252)$/.test(declared) ? 'windows-1252' : 'utf-8';
  return new TextDecoder(label).decode(bytes).replace(/^\uFEFF/, '');
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);
type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/** Line of a character offset, by binary search over where the lines start. */
function lineFinder(text: string) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

export function parseXml(text: string): XmlParseResult {
  // Entity declarations are how "billion laughs" documents grow; no real manifest has them.
  if (/<!ENTITY/i.test(text))
    return { ok: false, line: null, column: null, message: 'entity declarations are not allowed' };
  const validation = XMLValidator.validate(text);
  if (validation !== true)
    return {
      ok: false,
      line: validation.err.line,
      column: validation.err.col,
      message: validation.err.msg,
    };
  const parser = new XMLParser({
    preserveOrder: true,
    captureMetaData: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    ignoreDeclaration: true,
    ignorePiTags: true,
    commentPropName: false,
  });
  // Typed as the Symbol wrapper object by the library; it is a plain symbol.
  const meta = XMLParser.getMetaDataSymbol() as unknown as symbol;
  const lineOf = lineFinder(text);
  const convert = (node: OrderedNode): XmlElement | null => {
    const name = Object.keys(node).find((key) => key !== ':@');
    if (!name || name === '#text') return null;
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(node[':@'] ?? {}))
      attributes[key === 'xml:base' ? key : localName(key)] = String(value);
    const children: XmlElement[] = [];
    let textContent = '';
    for (const child of (node[name] as OrderedNode[] | undefined) ?? []) {
      if ('#text' in child) textContent += String(child['#text']);
      else {
        const element = convert(child);
        if (element) children.push(element);
      }
    }
    const start = (node as unknown as Record<symbol, { startIndex?: number } | undefined>)[meta]?.startIndex;
    return {
      name: localName(name),
      attributes,
      children,
      text: textContent.trim(),
      line: start === undefined ? 1 : lineOf(start),
    };
  };
  const nodes = parser.parse(text) as OrderedNode[];
  const root = nodes.map(convert).find((element): element is XmlElement => element !== null);
  if (!root) return { ok: false, line: 1, column: 1, message: 'the document has no root element' };
  return { ok: true, root };
}

/** Children with this local name (case-insensitive: real manifests disagree on case). */
export const childrenNamed = (element: XmlElement | undefined, name: string) =>
  element?.children.filter((child) => child.name.toLowerCase() === name.toLowerCase()) ?? [];
export const childNamed = (element: XmlElement | undefined, name: string) => childrenNamed(element, name)[0];
/** An attribute by local name, case-insensitive (`scormtype` in 1.2, `scormType` in 2004). */
export function attributeOf(element: XmlElement | undefined, name: string): string | undefined {
  if (!element) return undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(element.attributes))
    if (key.toLowerCase() === wanted) return value;
  return undefined;
}
