// A claim with some of its words marked (the parts that differ from the other outlet's version).
// Rendered as text nodes and <mark> elements only: page text is never parsed as HTML.
import { splitByParts } from './split-parts';

export function MarkedText({ text, parts }: { text: string; parts: string[] }) {
  return (
    <>
      {splitByParts(text, parts).map((piece, i) => (piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text))}
    </>
  );
}
