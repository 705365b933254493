// Plain text with its web addresses turned into links (help resources and alert texts carry some).

const URL_PATTERN = /(https?:\/\/[^\s,;)]+[^\s,;).])/g;

/** Renders `text`, making every http(s) address a link that opens in a new tab. */
export function LinkedText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} target="_blank" rel="noreferrer noopener">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}
