import type { SearchHit } from "@circular-atlas/contracts";

/**
 * Text with the words a search matched marked. The segments are plain text from the API; React
 * escapes them, so markup typed into a record is shown as typed, never run.
 */
export function HighlightedText({ segments }: { segments: SearchHit["snippet"] }) {
  return (
    <>
      {segments.map((segment, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: segments never reorder; their text may repeat.
        segment.hit ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </>
  );
}
