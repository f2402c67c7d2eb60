// Shared with cmi5 (course packages on the content origin): the XML reader with line numbers, the
// signed content addresses and the content types of package files.
export {
  attributeOf,
  childNamed,
  childrenNamed,
  decodeXml,
  parseXml,
  type XmlElement,
} from './import/xml-tree.ts';
export { registerContentHost } from './serving/content-host.ts';
export { contentToken, readContentToken } from './serving/content-token.ts';
export { contentTypeOf } from './serving/content-types.ts';
